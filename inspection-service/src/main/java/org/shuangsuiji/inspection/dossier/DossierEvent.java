package org.shuangsuiji.inspection.dossier;

import java.util.List;

import org.shuangsuiji.inspection.plan.Actor;

/**
 * What happened to a task's dossier sample, published by {@link DossierService} once it
 * is stored. Listeners write the audit trail (synchronously: an entry that cannot be
 * written fails the call) and the metrics.
 */
public sealed interface DossierEvent {

	/** Who did it. */
	Actor by();

	/** The task. */
	String taskId();

	/** The organising region of the task's plan. */
	String region();

	/** A register imported (or replaced). */
	record RegisterImported(Actor by, String taskId, String region, RegisterKind kind, String fileName,
			int rows) implements DossierEvent {
	}

	/** The window's files fixed and hashed; no seed yet. */
	record Committed(Actor by, String taskId, String region, String commitment, int windowSize,
			int sampleSize) implements DossierEvent {
	}

	/** The files drawn. */
	record Drawn(Actor by, String taskId, String region, String commitment, String seed, String seedNote,
			List<String> caseNumbers, boolean allTaken) implements DossierEvent {

		public Drawn {
			caseNumbers = List.copyOf(caseNumbers);
		}

	}

	/** A drawn file's review recorded. */
	record FileReviewed(Actor by, String taskId, String region, String caseNumber,
			int defects) implements DossierEvent {
	}

}
