/**
 * Launcher for the mongo stand-in used by tests and the local run.
 */
package org.shuangsuiji.platform.infra.mongo;
