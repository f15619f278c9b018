package org.shuangsuiji.scoring.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What a template must be before anything is scored with it. */
class TemplateValidatorTest {

	private final Template ezhou = SeedTemplates.ezhou();

	@Test
	void acceptsBothShippedTemplates() {
		TemplateValidator.requireValid(this.ezhou);
		TemplateValidator.requireValid(SeedTemplates.xinxiang());
	}

	@Test
	void rejectsATemplateIdThatCannotBeAPathSegment() {
		assertThat(errors(withId("Ezhou 2025"))).extracting(FieldError::field).containsExactly("templateId");
	}

	@Test
	void rejectsAnItemIdThatCannotBeAStoredKey() {
		Template template = withFirstItem((item) -> new Item("a.b", item.number(), item.title(), item.requirement(),
				item.subPoints(), item.rules(), item.directScore(), item.note()));
		assertThat(errors(template)).extracting(FieldError::field).containsExactly("parts[0].items[0].id");
	}

	@Test
	void rejectsAnItemIdUsedTwice() {
		Template template = withFirstItem((item) -> new Item("1", item.number(), item.title(), item.requirement(),
				item.subPoints(), item.rules(), item.directScore(), item.note()));
		assertThat(errors(template)).extracting(FieldError::message)
			.anyMatch((message) -> message.contains("appears twice"));
	}

	@Test
	void rejectsARuleWithoutPoints() {
		Template template = withFirstItem((item) -> {
			List<Rule> rules = new ArrayList<>(item.rules());
			Rule rule = rules.get(0);
			rules.set(0, new Rule(rule.id(), rule.label(), rule.text(), RuleKind.FIXED, null, null, null, null, null,
					null, null, null, false, null, null));
			return new Item(item.id(), item.number(), item.title(), item.requirement(), item.subPoints(), rules, null,
					item.note());
		});
		assertThat(errors(template)).extracting(FieldError::field).containsExactly("parts[0].items[0].rules[0].points");
	}

	@Test
	void rejectsADiscretionaryRuleWhoseBoundIsOffItsSteps() {
		Template template = withFirstItem((item) -> {
			List<Rule> rules = new ArrayList<>(item.rules());
			Rule rule = rules.get(0);
			rules.set(0, new Rule(rule.id(), rule.label(), rule.text(), RuleKind.DISCRETIONARY, null,
					new BigDecimal("1.2"), new BigDecimal("0.5"), null, null, null, null, null, false, null, null));
			return new Item(item.id(), item.number(), item.title(), item.requirement(), item.subPoints(), rules, null,
					item.note());
		});
		assertThat(errors(template)).extracting(FieldError::field).containsExactly("parts[0].items[0].rules[0].bound");
	}

	@Test
	void rejectsGradeBandsThatLeaveLowTotalsWithoutAGrade() {
		List<GradeBand> grades = new ArrayList<>(this.ezhou.grades());
		grades.remove(grades.size() - 1);
		Template template = copy(this.ezhou.parts(), this.ezhou.pools(), grades);
		assertThat(errors(template)).extracting(FieldError::field).containsExactly("grades");
	}

	@Test
	void rejectsGradeBandsOutOfOrder() {
		List<GradeBand> grades = new ArrayList<>(this.ezhou.grades());
		java.util.Collections.swap(grades, 0, 1);
		assertThat(errors(copy(this.ezhou.parts(), this.ezhou.pools(), grades))).extracting(FieldError::field)
			.contains("grades[1].min");
	}

	@Test
	void rejectsADeductionPartWithoutFloorOutsideAPool() {
		List<Part> parts = new ArrayList<>(this.ezhou.parts());
		Part first = parts.get(0);
		parts.set(0,
				new Part(first.id(), first.label(), first.title(), first.kind(), first.max(), null, first.items()));
		assertThat(errors(copy(parts, List.of(), this.ezhou.grades()))).extracting(FieldError::field)
			.containsExactly("parts[0].floor");
	}

	@Test
	void rejectsAPoolOverAPartThatIsNotADeductionPart() {
		List<Pool> pools = List.of(new Pool("p", List.of("1", "6"), BigDecimal.ZERO, null));
		assertThat(errors(copy(this.ezhou.parts(), pools, this.ezhou.grades()))).extracting(FieldError::message)
			.anyMatch((message) -> message.contains("'6' is not a deduction part"));
	}

	@Test
	void rejectsScoredItemsWorthMoreThanTheirPart() {
		List<Part> parts = new ArrayList<>(this.ezhou.parts());
		Part archive = parts.get(3);
		parts.set(3, new Part(archive.id(), archive.label(), archive.title(), archive.kind(), new BigDecimal("30"),
				archive.floor(), archive.items()));
		assertThat(errors(copy(parts, List.of(), this.ezhou.grades()))).extracting(FieldError::field)
			.contains("parts[3].max");
	}

	@Test
	void rejectsAChecklistPartInAPointsTable() {
		List<Part> parts = new ArrayList<>(this.ezhou.parts());
		parts.add(SeedTemplates.xinxiang().parts().get(0));
		assertThat(errors(copy(parts, List.of(), this.ezhou.grades()))).extracting(FieldError::field)
			.contains("parts[6].kind");
	}

	@Test
	void rejectsAChecklistWhoseLastConclusionDoesNotAlwaysMatch() {
		Template xinxiang = SeedTemplates.xinxiang();
		Template template = new Template(xinxiang.templateId(), 1, xinxiang.region(), 2024, xinxiang.kind(),
				xinxiang.title(), null, null, xinxiang.header(), xinxiang.parts(), null, null, null,
				xinxiang.conclusions().subList(0, 2), null, null);
		assertThat(errors(template)).extracting(FieldError::field).containsExactly("conclusions");
	}

	@Test
	void reportsEveryProblemAtOnce() {
		Template template = new Template("x", 0, null, 1999, TemplateKind.DEDUCTION, " ", null, null, null, null, null,
				null, null, null, null, null);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> TemplateValidator.requireValid(template))
			.satisfies((ex) -> {
				assertThat(ex.type()).isEqualTo("template-invalid");
				assertThat(ex.errors()).extracting(FieldError::field)
					.contains("templateId", "version", "region", "year", "title", "parts", "totalCap", "grades");
			});
	}

	private static List<FieldError> errors(Template template) {
		return TemplateValidator.validate(template);
	}

	private Template withId(String id) {
		return new Template(id, 1, this.ezhou.region(), this.ezhou.year(), this.ezhou.kind(), this.ezhou.title(), null,
				null, this.ezhou.header(), this.ezhou.parts(), this.ezhou.pools(), this.ezhou.totalCap(),
				this.ezhou.grades(), null, null, null);
	}

	private Template withFirstItem(UnaryOperator<Item> change) {
		List<Part> parts = new ArrayList<>(this.ezhou.parts());
		Part first = parts.get(0);
		List<Item> items = new ArrayList<>(first.items());
		items.set(0, change.apply(items.get(0)));
		parts.set(0,
				new Part(first.id(), first.label(), first.title(), first.kind(), first.max(), first.floor(), items));
		return copy(parts, this.ezhou.pools(), this.ezhou.grades());
	}

	private Template copy(List<Part> parts, List<Pool> pools, List<GradeBand> grades) {
		return new Template(this.ezhou.templateId(), 1, this.ezhou.region(), this.ezhou.year(), this.ezhou.kind(),
				this.ezhou.title(), null, null, this.ezhou.header(), parts, pools, this.ezhou.totalCap(), grades, null,
				this.ezhou.findingAction(), null);
	}

}
