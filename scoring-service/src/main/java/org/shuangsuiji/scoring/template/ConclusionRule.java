package org.shuangsuiji.scoring.template;

/**
 * One rule deciding a checklist's recommended conclusion (检查结论建议). Rules are tried in
 * order; the first that matches gives the conclusion, so the last one should match
 * always.
 *
 * @param code stable code
 * @param label the wording (暂停执业整改, 限期整改 …)
 * @param whenAction matches when the answers recommend an action with this code, or
 * {@code null} for no such condition
 * @param minFindings matches when at least this many items are answered A 发现, or
 * {@code null} for no such condition
 * @param basis where in the seed the rule comes from
 */
public record ConclusionRule(String code, String label, String whenAction, Integer minFindings, String basis) {

}
