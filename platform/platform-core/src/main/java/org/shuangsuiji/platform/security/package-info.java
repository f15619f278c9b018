/**
 * Roles and the {@link org.shuangsuiji.platform.security.Caller} every service scopes by.
 */
package org.shuangsuiji.platform.security;
