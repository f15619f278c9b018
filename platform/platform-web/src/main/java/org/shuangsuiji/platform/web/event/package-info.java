/**
 * Domain events delivered through Spring's application events.
 */
package org.shuangsuiji.platform.web.event;
