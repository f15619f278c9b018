package org.shuangsuiji.inspection.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shuangsuiji.inspection.draw.AgencyReplacement;
import org.shuangsuiji.inspection.draw.Assignment;
import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.DrawTasks;
import org.shuangsuiji.inspection.draw.DrawnAgency;
import org.shuangsuiji.inspection.draw.PersonAgency;
import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.draw.PoolAgency;
import org.shuangsuiji.inspection.draw.PoolExpert;
import org.shuangsuiji.inspection.draw.PoolInspector;
import org.shuangsuiji.inspection.draw.Replacement;
import org.shuangsuiji.inspection.draw.TeamMember;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.plan.PlanStatus;

/**
 * Brings a plan's tasks in line with its draw record: one task per drawn agency with the
 * current team, withdrawn agencies' tasks marked withdrawn. The draw record is the single
 * source of truth and its save the commit point; this step is idempotent, so it runs
 * after every draw and replacement and again at start-up to finish work a crash
 * interrupted. It also answers which people visited which agencies last year, from the
 * same tasks.
 */
public class TaskSync implements DrawTasks {

	private final TaskStore tasks;

	public TaskSync(TaskStore tasks) {
		this.tasks = tasks;
	}

	@Override
	public List<PersonAgency> visits(int year, Collection<String> agencyIds) {
		List<PersonAgency> visits = new ArrayList<>();
		for (InspectionTask task : this.tasks.ofYear(year, agencyIds)) {
			task.team().forEach((m) -> visits.add(new PersonAgency(m.kind(), m.personId(), task.agencyId())));
		}
		return visits.stream().distinct().toList();
	}

	@Override
	public int sync(Plan plan, DrawRecord record) {
		Assignment current = record.current();
		Map<String, PoolAgency> agencies = new HashMap<>();
		record.inputs().pool().agencies().forEach((a) -> agencies.put(a.id(), a));
		Map<String, PoolInspector> inspectors = new HashMap<>();
		record.inputs().pool().inspectors().forEach((p) -> inspectors.put(p.id(), p));
		Map<String, PoolExpert> experts = new HashMap<>();
		record.inputs().pool().experts().forEach((e) -> experts.put(e.id(), e));
		List<InspectionTask> planned = new ArrayList<>();
		for (DrawnAgency drawn : current.agencies()) {
			PoolAgency agency = agencies.get(drawn.agencyId());
			planned.add(new InspectionTask(InspectionTask.idOf(plan.id(), drawn.agencyId()), plan.id(),
					plan.terms().year(), plan.terms().region(), agency.id(), agency.name(), agency.region(),
					members(drawn.team(), inspectors, experts), null, TaskStatus.PLANNED, null, null));
		}
		// A plan still PUBLISHED is at its first sync, right after its draw: its tasks
		// are not
		// there yet (unless a crash cut that sync short), so they go in one write; task
		// by
		// task only when one of them is found there already.
		boolean written = plan.status() == PlanStatus.PUBLISHED && !planned.isEmpty() && this.tasks.insertAll(planned);
		int changed = written ? planned.size() : 0;
		for (InspectionTask task : written ? List.<InspectionTask>of() : planned) {
			Optional<InspectionTask> existing = this.tasks.find(task.id());
			if (existing.isEmpty()) {
				changed += this.tasks.insert(task) ? 1 : 0;
			}
			else if (!existing.get().team().equals(task.team())) {
				this.tasks.save(existing.get().withTeam(task.team()));
				changed++;
			}
		}
		for (Replacement replacement : record.replacements()) {
			if (replacement instanceof AgencyReplacement withdrawal) {
				Optional<InspectionTask> task = this.tasks.find(InspectionTask.idOf(plan.id(), withdrawal.agencyId()));
				if (task.isPresent() && task.get().status() != TaskStatus.WITHDRAWN) {
					this.tasks.save(task.get().withdrawn(withdrawal.reason()));
					changed++;
				}
			}
		}
		return changed;
	}

	private static List<TaskMember> members(List<TeamMember> team, Map<String, PoolInspector> inspectors,
			Map<String, PoolExpert> experts) {
		return team.stream().map((member) -> {
			if (member.kind() == PersonKind.INSPECTOR) {
				PoolInspector inspector = inspectors.get(member.personId());
				return new TaskMember(PersonKind.INSPECTOR, member.personId(), inspector.name(),
						inspector.lawEnforcementCertNo());
			}
			return new TaskMember(PersonKind.EXPERT, member.personId(), experts.get(member.personId()).name(), "");
		}).toList();
	}

}
