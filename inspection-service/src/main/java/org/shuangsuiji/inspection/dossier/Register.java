package org.shuangsuiji.inspection.dossier;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.inspection.plan.Actor;

/**
 * One imported register of a task; importing the same kind again replaces it.
 *
 * @param kind which register
 * @param fileName the uploaded file's name
 * @param rows its rows, in file order
 * @param importedBy who imported it
 * @param importedAt when
 */
public record Register(RegisterKind kind, String fileName, List<RegisterRow> rows, Actor importedBy,
		Instant importedAt) {

	public Register {
		rows = List.copyOf(rows);
	}

}
