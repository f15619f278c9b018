/**
 * Score sheets (评分表 / 检查表 of one inspection): created from a template version, answered
 * item by item by several inspectors at once, submitted and then locked, with every
 * change kept in an append-only history. Plain Java, no Spring.
 */
package org.shuangsuiji.scoring.sheet;
