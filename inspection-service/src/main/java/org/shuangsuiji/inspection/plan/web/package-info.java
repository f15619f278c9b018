/**
 * Plans over HTTP: {@code /api/inspections/plans} for the bureaus and
 * {@code /api/public/inspections/plans} for everyone.
 */
package org.shuangsuiji.inspection.plan.web;
