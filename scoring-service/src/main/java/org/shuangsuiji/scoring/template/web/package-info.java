/**
 * Template endpoints: {@code /api/scoring/templates} (read by every signed-in role,
 * written by province and city bureaus) and the anonymous
 * {@code /api/public/scoring/templates} (一公开).
 */
package org.shuangsuiji.scoring.template.web;
