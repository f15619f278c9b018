/**
 * Local demo data: fictional evidence loaded by an {@code ApplicationRunner} when the
 * local run (profile {@code local}) asks for it.
 */
package org.shuangsuiji.evidence.demo;
