/**
 * Demo sheets for the local run only (profile {@code local}); every agency in them is
 * fictional.
 */
package org.shuangsuiji.scoring.demo;
