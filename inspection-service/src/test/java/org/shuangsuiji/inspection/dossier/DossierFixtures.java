package org.shuangsuiji.inspection.dossier;

import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.shuangsuiji.inspection.plan.Actor;

/** Registers of a fictional 法医 agency, in the words of the tests. */
final class DossierFixtures {

	static final LocalDate WINDOW_START = LocalDate.of(2023, 1, 1);

	static final LocalDate INSPECTION_DAY = LocalDate.of(2024, 6, 11);

	private DossierFixtures() {
	}

	/**
	 * {@code n} commissions in the window, one a fortnight from 2023-01-02: every third
	 * 法医病理 (else 法医临床), every fifth difficult, every seventh unusual.
	 */
	static List<RegisterRow> commissions(int n) {
		List<RegisterRow> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			rows.add(new RegisterRow(String.format("新正[2023]鉴字第%04d号", i), WINDOW_START.plusDays(1 + (i % 500)),
					(i % 3 == 0) ? "法医病理鉴定" : "法医临床鉴定", (i % 2 == 0) ? "伤残等级" : "损伤程度", i % 5 == 0, i % 7 == 0));
		}
		return rows;
	}

	static Register register(RegisterKind kind, List<RegisterRow> rows) {
		return new Register(kind, kind.name().toLowerCase() + ".csv", rows, Actor.SYSTEM,
				Instant.parse("2024-06-10T00:00:00Z"));
	}

	static SampleInputs inputs(List<Register> registers, Set<String> core) {
		return SampleInputs.of("plan-1:ag-01", "plan-1", "ag-01", WINDOW_START, INSPECTION_DAY, 20, core, registers);
	}

	static SampleInputs inputs(int n) {
		return inputs(List.of(register(RegisterKind.COMMISSION, commissions(n))), Set.of());
	}

}
