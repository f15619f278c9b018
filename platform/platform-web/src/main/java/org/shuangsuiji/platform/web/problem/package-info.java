/**
 * RFC 9457 problem+json for every error of a servlet service.
 */
package org.shuangsuiji.platform.web.problem;
