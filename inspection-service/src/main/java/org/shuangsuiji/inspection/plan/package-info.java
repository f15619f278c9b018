/**
 * Annual inspection plans (抽查计划): their terms, the sampling rule with the 5 % floor, the
 * team rules, the status a plan moves through, who may read and manage it
 * ({@code PlanAccess}); the use cases ({@code PlanService}) and the ports they need
 * ({@code PlanStore}, {@code TemplateCheck} of scoring-service). Plain Java, no Spring.
 */
package org.shuangsuiji.inspection.plan;
