/**
 * The {@code plans} collection and its mapping to
 * {@link org.shuangsuiji.inspection.plan.Plan};
 * {@link org.shuangsuiji.inspection.plan.persistence.MongoPlanStore} implements
 * {@link org.shuangsuiji.inspection.plan.PlanStore}.
 */
package org.shuangsuiji.inspection.plan.persistence;
