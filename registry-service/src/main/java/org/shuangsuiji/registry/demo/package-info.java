/**
 * The fictional demo data of the local run (虚构演示数据), loaded idempotently at startup.
 */
package org.shuangsuiji.registry.demo;
