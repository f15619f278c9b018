package org.shuangsuiji.scoring.template;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.problem.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validator accepts actions and the provincial review rule as template data, and
 * refuses them malformed: codes that are no stable identifier, review conditions that
 * name an action or outcome the template cannot reach, a threshold below one, a rule with
 * no condition, a whole-item action on a points item.
 */
class ActionAndReviewValidationTest {

	private final Template v2 = SeedTemplates.load("templates/xinxiang-2024-checklist.v2.json");

	private final Template ezhou = SeedTemplates.ezhou();

	@Test
	void acceptsTheSecondXinxiangVersionWithItsActionsAndReviewRule() {
		assertThat(TemplateValidator.validate(this.v2)).isEmpty();
		assertThat(this.v2.provincialReview().minFindings()).isEqualTo(5);
		assertThat(this.v2.item("16").orElseThrow().action().code()).isEqualTo("REFER_FOR_INVESTIGATION");
	}

	@Test
	void acceptsAReviewRuleOnAGradeOfAPointsTable() {
		assertThat(TemplateValidator
			.validate(withReview(this.ezhou, new ReviewRule("报省司法厅复核研判", null, List.of(), List.of("FAIL"), "测试"))))
			.isEmpty();
	}

	@Test
	void rejectsAReviewRuleNamingAnActionOrOutcomeTheTemplateCannotReach() {
		List<FieldError> errors = TemplateValidator.validate(
				withReview(this.v2, new ReviewRule("复核", null, List.of("REVOKE_LICENCE"), List.of("EXCELLENT"), null)));
		assertThat(errors).extracting(FieldError::field)
			.containsExactly("provincialReview.whenActions[0]", "provincialReview.whenOutcomes[0]");
	}

	@Test
	void rejectsAReviewRuleWithoutConditionOrLabelOrWithAThresholdBelowOne() {
		assertThat(TemplateValidator.validate(withReview(this.v2, new ReviewRule(" ", null, null, null, null))))
			.extracting(FieldError::field)
			.containsExactly("provincialReview.label", "provincialReview");
		assertThat(TemplateValidator.validate(withReview(this.v2, new ReviewRule("复核", 0, null, null, null))))
			.extracting(FieldError::field)
			.containsExactly("provincialReview.minFindings");
	}

	@Test
	void rejectsAnActionCodeThatIsNoStableIdentifier() {
		Template template = withAction(this.v2, 0, 15, new Action("refer for investigation", "移送"));
		assertThat(TemplateValidator.validate(template)).extracting(FieldError::field)
			.contains("parts[0].items[15].action.code");
	}

	@Test
	void rejectsAWholeItemActionOnAPointsItem() {
		Template template = withAction(this.ezhou, 1, 0, new Action("RECTIFY", "限期整改"));
		assertThat(TemplateValidator.validate(template)).extracting(FieldError::field)
			.containsExactly("parts[1].items[0].action");
	}

	private static Template withReview(Template t, ReviewRule review) {
		return new Template(t.templateId(), t.version(), t.region(), t.year(), t.kind(), t.title(), t.issuer(),
				t.source(), t.header(), t.parts(), t.pools(), t.totalCap(), t.grades(), t.conclusions(),
				t.findingAction(), review, t.notes());
	}

	/** The template with one item's whole-item action replaced. */
	private static Template withAction(Template t, int partIndex, int itemIndex, Action action) {
		List<Part> parts = new ArrayList<>(t.parts());
		Part part = parts.get(partIndex);
		List<Item> items = new ArrayList<>(part.items());
		Item item = items.get(itemIndex);
		items.set(itemIndex, new Item(item.id(), item.number(), item.title(), item.requirement(), item.subPoints(),
				item.rules(), item.directScore(), item.note(), action));
		parts.set(partIndex,
				new Part(part.id(), part.label(), part.title(), part.kind(), part.max(), part.floor(), items));
		return new Template(t.templateId(), t.version(), t.region(), t.year(), t.kind(), t.title(), t.issuer(),
				t.source(), t.header(), parts, t.pools(), t.totalCap(), t.grades(), t.conclusions(), t.findingAction(),
				t.provincialReview(), t.notes());
	}

}
