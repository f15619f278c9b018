package org.shuangsuiji.inspection.dashboard.listener;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.shuangsuiji.inspection.conclusion.ConclusionEvent;
import org.shuangsuiji.inspection.dashboard.NationalTallying;
import org.shuangsuiji.inspection.dashboard.ProvinceYear;
import org.shuangsuiji.inspection.disclosure.DisclosureEvent;
import org.shuangsuiji.inspection.draw.DrawEvent;
import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.PoolAgency;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanEvent;
import org.shuangsuiji.inspection.rectification.RectificationEvent;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.TaskEvent;
import org.shuangsuiji.inspection.task.TaskStore;

import org.springframework.context.event.EventListener;

/**
 * Marks stale the national tallies a write changed: the province and year of the task a
 * task, conclusion, rectification or publication event is about; of every task of a plan
 * whose status changed (a disclosed plan makes its results public); of the pool's
 * agencies in the plan's year for a draw that makes or withdraws tasks. Synchronous,
 * after the audit: a mark that cannot be written fails the call, as an audit entry does.
 */
public class NationalTallyListener {

	private final NationalTallying tallying;

	private final TaskStore tasks;

	public NationalTallyListener(NationalTallying tallying, TaskStore tasks) {
		this.tallying = tallying;
		this.tasks = tasks;
	}

	@EventListener
	public void on(TaskEvent event) {
		touch(event.task());
	}

	@EventListener
	public void on(ConclusionEvent event) {
		touch(event.conclusion().taskId());
	}

	@EventListener
	public void on(RectificationEvent event) {
		touch(event.rectification().taskId());
	}

	@EventListener
	public void on(DisclosureEvent.Published event) {
		touch(event.result().taskId());
	}

	/**
	 * A plan's status counts only through its tasks: disclosed, its results are public.
	 */
	@EventListener
	public void on(PlanEvent.StatusChanged event) {
		touchPlan(event.plan());
	}

	/**
	 * Draws that make or withdraw tasks (a commitment, a refusal or a new member do not).
	 */
	@EventListener
	public void on(DrawEvent.Drawn event) {
		touchPool(event.plan(), event.record());
	}

	@EventListener
	public void on(DrawEvent.AgencyReplaced event) {
		touchPool(event.plan(), event.record());
	}

	private void touch(InspectionTask task) {
		this.tallying.touch(List.of(ProvinceYear.of(task.agencyRegion(), task.year())));
	}

	private void touch(String taskId) {
		this.tasks.find(taskId).ifPresent(this::touch);
	}

	/**
	 * A draw's tasks are agencies of its pool in the plan's year (as the task sync makes
	 * them): the pool's provinces are marked from the record, with no read on the draw's
	 * path. A province of pool agencies not drawn is only recounted for nothing.
	 */
	private void touchPool(Plan plan, DrawRecord record) {
		Set<ProvinceYear> cells = new HashSet<>();
		for (PoolAgency agency : record.inputs().pool().agencies()) {
			cells.add(ProvinceYear.of(agency.region(), plan.terms().year()));
		}
		this.tallying.touch(cells);
	}

	private void touchPlan(Plan plan) {
		List<ProvinceYear> cells = new ArrayList<>();
		for (InspectionTask task : this.tasks.ofPlan(plan.id())) {
			cells.add(ProvinceYear.of(task.agencyRegion(), task.year()));
		}
		this.tallying.touch(cells);
	}

}
