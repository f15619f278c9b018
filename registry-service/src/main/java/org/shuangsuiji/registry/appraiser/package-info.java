/**
 * 司法鉴定人: practice certificate, categories, continuing education, status, and the rule
 * that one appraiser practises at one agency only. Plain Java.
 */
package org.shuangsuiji.registry.appraiser;
