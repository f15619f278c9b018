/**
 * Dashboard figures over submitted official sheets, scoped to the caller's region:
 * outcomes per grade or conclusion, mean and distribution of totals, the most frequent
 * findings, and the same per city (or county) inside the region. Plain Java, no Spring.
 */
package org.shuangsuiji.scoring.dashboard;
