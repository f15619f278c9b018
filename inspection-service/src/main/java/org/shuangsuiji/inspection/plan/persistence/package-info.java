/**
 * The {@code plans} collection and its mapping to
 * {@link org.shuangsuiji.inspection.plan.Plan}.
 */
package org.shuangsuiji.inspection.plan.persistence;
