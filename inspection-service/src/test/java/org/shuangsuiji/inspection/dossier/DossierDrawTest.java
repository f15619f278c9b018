package org.shuangsuiji.inspection.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.inspection.dossier.DossierFixtures.commissions;
import static org.shuangsuiji.inspection.dossier.DossierFixtures.inputs;
import static org.shuangsuiji.inspection.dossier.DossierFixtures.register;

class DossierDrawTest {

	@Test
	void drawsTwentyDistinctFilesOfTheWindowAndTheSameAgainWithTheSameSeed() {
		SampleInputs inputs = inputs(300);
		SampleResult result = DossierDraw.draw(inputs, inputs.commitment(), "seed-1");
		assertThat(result.caseNumbers()).hasSize(20).doesNotHaveDuplicates();
		assertThat(result.allTaken()).isFalse();
		assertThat(result.windowSize()).isEqualTo(300);
		assertThat(DossierDraw.draw(inputs, inputs.commitment(), "seed-1")).isEqualTo(result);
		assertThat(DossierDraw.draw(inputs, inputs.commitment(), "seed-2").caseNumbers())
			.isNotEqualTo(result.caseNumbers());
	}

	@Test
	void takesEveryFileWhenTheWindowHoldsFewerThanTwentyAndSaysSo() {
		SampleInputs inputs = inputs(12);
		SampleResult result = DossierDraw.draw(inputs, inputs.commitment(), "any");
		assertThat(result.allTaken()).isTrue();
		assertThat(result.windowSize()).isEqualTo(12);
		assertThat(result.caseNumbers()).hasSize(12).isSorted();
		assertThat(DossierDraw.draw(inputs(20), "c", "s").allTaken()).isTrue();
		assertThat(DossierDraw.draw(inputs(21), "c", "s").allTaken()).isFalse();
	}

	@Test
	void theOrderOfTheRegisterRowsChangesNeitherTheCommitmentNorTheDraw() {
		List<RegisterRow> rows = new ArrayList<>(commissions(100));
		SampleInputs first = inputs(List.of(register(RegisterKind.COMMISSION, rows)), Set.of());
		Collections.reverse(rows);
		SampleInputs reversed = inputs(List.of(register(RegisterKind.COMMISSION, rows)), Set.of());
		assertThat(reversed.commitment()).isEqualTo(first.commitment());
		assertThat(DossierDraw.draw(reversed, reversed.commitment(), "s"))
			.isEqualTo(DossierDraw.draw(first, first.commitment(), "s"));
	}

	@Test
	void anyChangeToAFileInTheWindowChangesTheCommitment() {
		List<RegisterRow> rows = new ArrayList<>(commissions(30));
		String before = inputs(List.of(register(RegisterKind.COMMISSION, rows)), Set.of()).commitment();
		RegisterRow first = rows.get(0);
		rows.set(0, new RegisterRow(first.caseNumber(), first.date(), first.category(), first.type(), first.difficult(),
				!first.unusual()));
		assertThat(inputs(List.of(register(RegisterKind.COMMISSION, rows)), Set.of()).commitment())
			.isNotEqualTo(before);
	}

	@Test
	void onlyRowsFromTheWindowStartToTheInspectionDayCountAndACaseIsOneFileAcrossRegisters() {
		RegisterRow before = new RegisterRow("A-before", LocalDate.of(2022, 12, 31), "法医临床鉴定", "伤残等级", false, false);
		RegisterRow first = new RegisterRow("A-first", LocalDate.of(2023, 1, 1), "法医临床鉴定", "伤残等级", false, false);
		RegisterRow last = new RegisterRow("A-last", LocalDate.of(2024, 6, 11), "法医病理鉴定", "死因", false, false);
		RegisterRow after = new RegisterRow("A-after", LocalDate.of(2024, 6, 12), "法医临床鉴定", "伤残等级", false, false);
		RegisterRow issued = new RegisterRow("A-first", LocalDate.of(2023, 3, 1), "文书鉴定", "笔迹", true, false);
		SampleInputs inputs = inputs(List.of(register(RegisterKind.COMMISSION, List.of(before, first, last, after)),
				register(RegisterKind.OPINION_ISSUE, List.of(issued))), Set.of());
		assertThat(inputs.cases()).extracting(SampleCase::caseNumber).containsExactly("A-first", "A-last");
		SampleCase merged = inputs.cases().get(0);
		assertThat(merged.category()).as("from the commission register").isEqualTo("法医临床鉴定");
		assertThat(merged.difficult()).as("any register's flag").isTrue();
		assertThat(merged.dates()).containsEntry(RegisterKind.COMMISSION, LocalDate.of(2023, 1, 1))
			.containsEntry(RegisterKind.OPINION_ISSUE, LocalDate.of(2023, 3, 1));
	}

	@Test
	void withoutNamedCoreCategoriesTheWindowsMostFrequentIsCore() {
		assertThat(inputs(90).coreCategories()).containsExactly("法医临床鉴定");
		assertThat(
				inputs(List.of(register(RegisterKind.COMMISSION, commissions(90))), Set.of("法医病理鉴定")).coreCategories())
			.containsExactly("法医病理鉴定");
	}

	@Test
	void weightsAreOneToSevenAsTheAdrSays() {
		SampleCase plain = new SampleCase("x", "c", "t", false, false, new java.util.TreeMap<>());
		SampleCase heavy = new SampleCase("y", "c", "t", true, true, new java.util.TreeMap<>());
		assertThat(plain.weight(false)).isEqualTo(1);
		assertThat(plain.weight(true)).isEqualTo(3);
		assertThat(heavy.weight(false)).isEqualTo(5);
		assertThat(heavy.weight(true)).isEqualTo(7);
	}

	/**
	 * Over 2,000 fixed seeds, a core, difficult and unusual file (weight 7) is drawn far
	 * more often than a plain file of another category (weight 1). Deterministic.
	 */
	@Test
	void drawsCoreDifficultAndUnusualFilesMoreOften() {
		SampleInputs inputs = inputs(List.of(register(RegisterKind.COMMISSION, commissions(210))), Set.of("法医临床鉴定"));
		Map<String, Integer> weightOf = new HashMap<>();
		inputs.cases().forEach((c) -> weightOf.put(c.caseNumber(), c.weight(inputs.isCore(c))));
		Map<Integer, Integer> drawsByWeight = new HashMap<>();
		Map<Integer, Integer> filesByWeight = new HashMap<>();
		weightOf.values().forEach((w) -> filesByWeight.merge(w, 1, Integer::sum));
		for (int seed = 0; seed < 2000; seed++) {
			DossierDraw.draw(inputs, inputs.commitment(), "seed-" + seed)
				.caseNumbers()
				.forEach((n) -> drawsByWeight.merge(weightOf.get(n), 1, Integer::sum));
		}
		double perFileHeavy = drawsByWeight.get(7) / (double) filesByWeight.get(7);
		double perFilePlain = drawsByWeight.get(1) / (double) filesByWeight.get(1);
		assertThat(perFileHeavy).isGreaterThan(4 * perFilePlain);
	}

}
