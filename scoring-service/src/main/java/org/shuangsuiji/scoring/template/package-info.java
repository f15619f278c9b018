/**
 * Scoring templates as data (评分模板): parts, items, sub-points, deduction and bonus rules,
 * grade bands and checklist conclusions. Plain Java, no Spring: a new city's template is
 * a new instance of these records, never new code.
 */
package org.shuangsuiji.scoring.template;
