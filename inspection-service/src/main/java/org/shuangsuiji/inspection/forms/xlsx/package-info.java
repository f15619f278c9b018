/**
 * A plan's results as an .xlsx workbook (Apache POI): sheet 检查结果, one row per inspected
 * agency, and sheet 问题汇总, the findings per checklist item.
 */
package org.shuangsuiji.inspection.forms.xlsx;
