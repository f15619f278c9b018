/**
 * Failures with a stable problem type, rendered as RFC 9457 problem+json by platform-web.
 */
package org.shuangsuiji.platform.problem;
