/**
 * 整改: findings turned into items with deadlines, the agency's answers with evidence, the
 * bureau's acceptance or return, overdue flags.
 */
package org.shuangsuiji.inspection.rectification;
