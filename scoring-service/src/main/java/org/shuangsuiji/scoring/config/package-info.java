/** Wiring: the domain services and their MongoDB stores, JSON settings, startup work. */
package org.shuangsuiji.scoring.config;
