/**
 * Time that is set rather than read from the machine.
 */
package org.shuangsuiji.platform.time;
