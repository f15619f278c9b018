package org.shuangsuiji.inspection.plan;

/**
 * Whether scoring-service has the template version a plan names (implemented by
 * {@code scoring/client}).
 */
public interface TemplateCheck {

	/**
	 * @return the template's title
	 * @throws org.shuangsuiji.platform.problem.RuleViolationException
	 * {@code template-not-found} when there is no such version
	 * @throws org.shuangsuiji.platform.problem.DependencyUnavailableException
	 * {@code scoring-unavailable} when scoring-service cannot answer
	 */
	String requireExists(TemplateRef template);

}
