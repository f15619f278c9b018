package org.shuangsuiji.inspection.task.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shuangsuiji.inspection.draw.AgencyReplacement;
import org.shuangsuiji.inspection.draw.Assignment;
import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.DrawnAgency;
import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.draw.PoolAgency;
import org.shuangsuiji.inspection.draw.PoolExpert;
import org.shuangsuiji.inspection.draw.PoolInspector;
import org.shuangsuiji.inspection.draw.Replacement;
import org.shuangsuiji.inspection.draw.TeamMember;
import org.shuangsuiji.inspection.plan.Plan;
import org.shuangsuiji.inspection.task.InspectionTask;
import org.shuangsuiji.inspection.task.TaskMember;
import org.shuangsuiji.inspection.task.TaskStatus;
import org.shuangsuiji.inspection.task.persistence.TaskStore;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Brings a plan's tasks in line with its draw record: one task per drawn agency with the
 * current team, withdrawn agencies' tasks marked withdrawn. The draw record is the single
 * source of truth and its save the commit point; this step is idempotent, so it runs
 * after every draw and replacement and again at start-up to finish work a crash
 * interrupted.
 */
@Service
public class TaskSync {

	private final TaskStore tasks;

	TaskSync(TaskStore tasks) {
		this.tasks = tasks;
	}

	/**
	 * @return how many tasks were created or changed
	 */
	public int apply(Plan plan, DrawRecord record) {
		Assignment current = record.current();
		Map<String, PoolAgency> agencies = new HashMap<>();
		record.inputs().pool().agencies().forEach((a) -> agencies.put(a.id(), a));
		int changed = 0;
		for (DrawnAgency drawn : current.agencies()) {
			List<TaskMember> team = members(record, drawn.team());
			String id = InspectionTask.idOf(plan.id(), drawn.agencyId());
			Optional<InspectionTask> existing = this.tasks.find(id);
			if (existing.isEmpty()) {
				PoolAgency agency = agencies.get(drawn.agencyId());
				changed += insert(new InspectionTask(id, plan.id(), plan.terms().year(), plan.terms().region(),
						agency.id(), agency.name(), agency.region(), team, null, TaskStatus.PLANNED, null, null));
			}
			else if (!existing.get().team().equals(team)) {
				this.tasks.save(existing.get().withTeam(team));
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

	private int insert(InspectionTask task) {
		try {
			this.tasks.save(task);
			return 1;
		}
		catch (DuplicateKeyException alreadyThere) {
			return 0;
		}
	}

	private static List<TaskMember> members(DrawRecord record, List<TeamMember> team) {
		Map<String, PoolInspector> inspectors = new HashMap<>();
		record.inputs().pool().inspectors().forEach((p) -> inspectors.put(p.id(), p));
		Map<String, PoolExpert> experts = new HashMap<>();
		record.inputs().pool().experts().forEach((e) -> experts.put(e.id(), e));
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
