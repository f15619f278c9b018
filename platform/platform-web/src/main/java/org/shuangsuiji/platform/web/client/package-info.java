/**
 * Support for calls between services.
 */
package org.shuangsuiji.platform.web.client;
