/** What every service's OpenAPI document leaves out. */
package org.shuangsuiji.platform.web.openapi;
