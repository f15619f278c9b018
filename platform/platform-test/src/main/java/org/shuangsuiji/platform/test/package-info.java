/**
 * Test support that starts the real infrastructure once per JVM and signs real tokens.
 */
package org.shuangsuiji.platform.test;
