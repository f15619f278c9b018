/**
 * The bureaus' dashboard of inspections (issue 11): per sub-region and year, the plans,
 * inspections, agencies inspected, findings, rectification completion and the results
 * published or overdue (一公开, 20 working days). Use case {@code DashboardService}; port
 * {@code DashboardFacts} (aggregations over the stored tasks, conclusions, rectifications
 * and published results). Plain Java.
 */
package org.shuangsuiji.inspection.dashboard;
