package org.shuangsuiji.scoring.template;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Version 2 of the 鄂州 table: item 10's expert part ④ (此项由专家评分) is an item of its own,
 * {@code 10-4}, so a sheet needs the expert's answer to it; nothing else changes.
 */
class EzhouExpertPartTemplateTest {

	private final Template v1 = SeedTemplates.ezhou();

	private final Template v2 = SeedTemplates.load("templates/ezhou-2025-scoring.v2.json");

	@Test
	void versionTwoIsAValidNextVersionOfTheSameTable() {
		TemplateValidator.requireValid(this.v2);
		assertThat(this.v2.templateId()).isEqualTo(this.v1.templateId());
		assertThat(this.v2.version()).isEqualTo(2);
		assertThat(this.v2.region()).isEqualTo(this.v1.region());
		assertThat(this.v2.grades()).isEqualTo(this.v1.grades());
		assertThat(this.v2.totalCap()).isEqualTo(this.v1.totalCap());
	}

	@Test
	void itemTensExpertPartIsAnItemOfItsOwnThatOnlyAnExpertAnswers() {
		Item inspectors = item(this.v2, "10");
		Item expert = item(this.v2, "10-4");
		assertThat(inspectors.rules()).extracting(Rule::id).containsExactly("10.1", "10.2", "10.3.a", "10.3.b");
		assertThat(inspectors.rules()).noneMatch(Rule::expert);
		assertThat(inspectors.expertOnly()).isFalse();
		assertThat(inspectors.requirement()).doesNotContain("④").doesNotContain("此项由专家评分");
		assertThat(expert.number()).isEqualTo("10④");
		assertThat(expert.rules()).extracting(Rule::id).containsExactly("10.4");
		assertThat(expert.expertOnly()).isTrue();
		assertThat(expert.requirement()).startsWith("④").endsWith("（此项由专家评分）。");
		assertThat(expert.rules().get(0)).isEqualTo(item(this.v1, "10").rules().get(4));
	}

	@Test
	void everyOtherRowRuleAndPartIsVersionOnesAndTheExpertPartStaysInPartThree() {
		assertThat(this.v2.parts()).extracting(Part::id).isEqualTo(this.v1.parts().stream().map(Part::id).toList());
		assertThat(this.v2.parts().get(2).items()).extracting(Item::id)
			.containsExactly("7", "8", "9", "10", "10-4", "11");
		List<Rule> rulesV1 = this.v1.items().flatMap((item) -> item.rules().stream()).toList();
		List<Rule> rulesV2 = this.v2.items().flatMap((item) -> item.rules().stream()).toList();
		assertThat(rulesV2).isEqualTo(rulesV1);
		this.v1.items()
			.filter((item) -> !item.id().equals("10"))
			.forEach((item) -> assertThat(item(this.v2, item.id())).isEqualTo(item));
		for (int i = 0; i < this.v1.parts().size(); i++) {
			Part before = this.v1.parts().get(i);
			Part after = this.v2.parts().get(i);
			assertThat(after.kind()).isEqualTo(before.kind());
			assertThat(after.max()).isEqualTo(before.max());
			assertThat(after.floor()).isEqualTo(before.floor());
		}
	}

	private static Item item(Template template, String id) {
		return template.items().filter((item) -> item.id().equals(id)).findFirst().orElseThrow();
	}

}
