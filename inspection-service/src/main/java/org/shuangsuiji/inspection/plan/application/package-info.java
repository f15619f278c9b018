/**
 * Use cases of plans: create, revise, publish, move through the statuses, read, each
 * checked against the caller's scope and recorded in the audit trail.
 */
package org.shuangsuiji.inspection.plan.application;
