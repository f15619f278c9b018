/**
 * Demo data for the one-command local run (fictional): the published 新乡 2024 plan, drawn
 * against registry-service's demo pools once registry-service answers. An
 * {@code ApplicationRunner} that hands the waiting to a thread of its own.
 */
package org.shuangsuiji.inspection.demo;
