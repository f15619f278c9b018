package org.shuangsuiji.scoring.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.scoring.inspection.TaskAccess;

/**
 * A new sheet takes its agency, region, template and year from its task, never from the
 * request (ADR 0404). A field the client still sends must say the same as the task; any
 * that does not is named in one 422 {@code task-mismatch}.
 */
final class TaskMatch {

	private TaskMatch() {
	}

	static NewSheet bind(NewSheet request, TaskAccess task) {
		List<String> differ = new ArrayList<>();
		compare(differ, "templateId", request.templateId(), task.templateId());
		compare(differ, "templateVersion", request.templateVersion(), task.templateVersion());
		compare(differ, "agencyId", request.agencyId(), task.agencyId());
		compare(differ, "agencyName", request.agencyName(), task.agencyName());
		compare(differ, "region", request.region(), task.agencyRegion());
		compare(differ, "year", request.year(), task.year());
		if (!differ.isEmpty()) {
			throw new RuleViolationException("task-mismatch",
					"the request does not match task " + task.taskId() + " in " + String.join(", ", differ)
							+ "; send only inspectionId and mode, the rest comes from the task")
				.with("fields", differ.stream().map((one) -> one.substring(0, one.indexOf(' '))).toList())
				.with("inspectionId", task.taskId());
		}
		return new NewSheet(task.templateId(), task.templateVersion(), task.taskId(), task.agencyId(),
				task.agencyName(), task.agencyRegion(), task.year(), request.mode());
	}

	private static void compare(List<String> differ, String field, Object sent, Object task) {
		if (sent != null && !Objects.equals(sent, task)) {
			differ.add(field + " (sent " + sent + ", task " + task + ")");
		}
	}

}
