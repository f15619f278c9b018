/**
 * Domain events: the port through which use cases announce what happened.
 */
package org.shuangsuiji.platform.event;
