package org.shuangsuiji.inspection.dossier;

import java.util.List;

import org.shuangsuiji.platform.problem.ProblemException;

/**
 * A register file with faults: nothing of it is stored; 400 {@code register-rejected}
 * with {@code errors: [{row, column, reason}]}, every bad row listed.
 */
public class RegisterRejectedException extends ProblemException {

	public RegisterRejectedException(RegisterKind kind, List<RowError> errors) {
		super("register-rejected", "The register file was rejected",
				kind.title() + ": " + errors.size() + " fault(s), nothing was imported");
		with("register", kind.name());
		with("errors", List.copyOf(errors));
	}

	@Override
	public int status() {
		return 400;
	}

}
