package org.shuangsuiji.scoring.dashboard;

/** Computes dashboard figures where the sheets are stored. */
public interface DashboardStore {

	Dashboard aggregate(DashboardQuery query);

}
