/**
 * The inspection's conclusion (检查结论): the recommendation the official score sheet gives
 * (seed 000 附件2 三（一）: the team's 检查结论建议), the organising bureau's final conclusion with
 * its reasons, and the provincial review (复核研判, 附件2 四) that settles it where the findings
 * are serious. Use case {@code ConclusionService}; ports {@code ConclusionStore} and
 * {@code SheetResults} (scoring-service). Plain Java.
 */
package org.shuangsuiji.inspection.conclusion;
