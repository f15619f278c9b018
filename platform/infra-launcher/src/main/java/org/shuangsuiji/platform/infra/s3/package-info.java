/**
 * Launcher for the s3 stand-in used by tests and the local run.
 */
package org.shuangsuiji.platform.infra.s3;
