package org.shuangsuiji.inspection.draw;

import java.util.Collection;
import java.util.List;

import org.shuangsuiji.inspection.plan.Plan;

/**
 * What the draw needs of the inspection tasks (implemented by the task feature): last
 * year's visits for the recusal rule, and tasks brought in line with every saved draw
 * record.
 */
public interface DrawTasks {

	/**
	 * Who visited which of these agencies in {@code year} (withdrawn tasks left out),
	 * each pair once.
	 */
	List<PersonAgency> visits(int year, Collection<String> agencyIds);

	/**
	 * One task per drawn agency with its current team, withdrawn agencies' tasks marked
	 * withdrawn. Idempotent.
	 * @return how many tasks were created or changed
	 */
	int sync(Plan plan, DrawRecord record);

}
