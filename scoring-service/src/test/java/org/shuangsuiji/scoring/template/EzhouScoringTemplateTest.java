package org.shuangsuiji.scoring.template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.region.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The shipped 鄂州 2025 template against its seed (附件5 检查评分表): every part, item, rule and
 * point value, transcribed with the seed's wording.
 */
class EzhouScoringTemplateTest {

	private final Template template = SeedTemplates.ezhou();

	private final String seed = SeedTemplates.seedText("ezhou-2025-scoring-table.txt");

	@Test
	void isAValidDeductionTemplateOfEzhouFor2025() {
		assertThat(TemplateValidator.validate(this.template)).isEmpty();
		assertThat(this.template.templateId()).isEqualTo("ezhou-2025-scoring");
		assertThat(this.template.version()).isEqualTo(1);
		assertThat(this.template.region()).isEqualTo(RegionCode.of("420700"));
		assertThat(this.template.year()).isEqualTo(2025);
		assertThat(this.template.kind()).isEqualTo(TemplateKind.DEDUCTION);
		assertThat(this.template.title()).isEqualTo("鄂州市2025年公共法律服务“双随机、一公开”检查评分表（司法鉴定）");
		assertThat(this.template.totalCap()).isEqualByComparingTo("100");
	}

	@Test
	void hasTheSixPartsWithTheSeedsHeadingsAndMaxima() {
		assertThat(this.template.parts())
			.extracting(Part::id, Part::label, Part::title, Part::kind, (part) -> part.max().toPlainString(),
					(part) -> part.floor().toPlainString())
			.containsExactly(tuple("1", "1", "行业党建", PartKind.DEDUCTION, "10", "0"),
					tuple("2", "2", "执业规范", PartKind.DEDUCTION, "25", "0"),
					tuple("3", "3", "硬件建设", PartKind.DEDUCTION, "20", "0"),
					tuple("4", "四", "档案管理及鉴定质量方面", PartKind.SCORED, "40", "0"),
					tuple("5", "五", "鉴定人考评", PartKind.SCORED, "5", "0"),
					tuple("6", "六", "加分项目", PartKind.BONUS, "5", "0"));
		BigDecimal scoredParts = this.template.parts()
			.stream()
			.filter((part) -> part.kind() != PartKind.BONUS)
			.map(Part::max)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(scoredParts).isEqualByComparingTo("100");
		assertThat(this.seed).contains("1、行业党建（10分）", "2、执业规范（25分）", "3、硬件建设（20分）", "四、档案管理及鉴定质量方面（40分）", "五、鉴定人考评（5分）",
				"六、加分项目（5分为限）");
	}

	@Test
	void hasTheUnnumberedPartyBuildingRowAndItemsOneToFifteenInTheirParts() {
		Map<String, List<String>> itemsByPart = this.template.parts()
			.stream()
			.collect(Collectors.toMap(Part::id, (part) -> part.items().stream().map(Item::id).toList()));
		assertThat(itemsByPart).containsEntry("1", List.of("party"))
			.containsEntry("2", List.of("1", "2", "3", "4", "5", "6"))
			.containsEntry("3", List.of("7", "8", "9", "10", "11"))
			.containsEntry("4", List.of("12"))
			.containsEntry("5", List.of("13"))
			.containsEntry("6", List.of("14", "15"));
		assertThat(this.template.items().filter((item) -> item.number() != null).map(Item::number)).containsExactly("1",
				"2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15");
		assertThat(this.template.item("party").orElseThrow().number()).isNull();
	}

	@Test
	void transcribesEveryItemTitleAndRequirementWordForWord() {
		this.template.items().forEach((item) -> {
			assertThat(this.seed).as("title of item %s", item.id()).contains(SeedTemplates.normalize(item.title()));
			assertThat(item.requirement()).as("requirement of item %s", item.id()).isNotBlank();
			assertThat(this.seed).as("requirement of item %s", item.id())
				.contains(SeedTemplates.normalize(item.requirement()));
		});
		assertThat(this.template.item("party").orElseThrow().title())
			.isEqualTo("贯彻落实《司法部公共法律服务管理局关于落实司法鉴定行业党建工作任务的指导意见》情况");
		assertThat(this.template.item("7").orElseThrow().title())
			.isEqualTo("鉴定场所：鉴定场所独立设置，接待室、鉴定室、检查室、档案管理室功能齐全且不少于100平米；办公场所应保持环境卫生整洁，内务管理有序。");
		assertThat(this.template.item("11").orElseThrow().title()).isEqualTo("执业风险金制度。");
		assertThat(this.template.item("15").orElseThrow().title()).isEqualTo("宣传报道：被正面宣传报道。");
	}

	@Test
	void eachItemReadsInTheSeedExactlyAsNumberTitleAndRequirement() {
		this.template.items().forEach((item) -> {
			String row = ((item.number() != null) ? item.number() + "." : "") + item.title() + item.requirement();
			assertThat(this.seed).as("item %s", item.id()).contains(SeedTemplates.normalize(row));
		});
	}

	@Test
	void everyRuleQuotesItsItemsRequirement() {
		this.template.items().forEach((item) -> item.rules().forEach((rule) -> {
			assertThat(SeedTemplates.normalize(item.requirement())).as("rule %s", rule.id())
				.contains(SeedTemplates.normalize(rule.text()));
			rule.options()
				.forEach((option) -> assertThat(SeedTemplates.normalize(item.title() + item.requirement()))
					.as("option of rule %s", rule.id())
					.contains(option));
		}));
	}

	@Test
	void hasEveryDeductionRuleWithItsPoints() {
		assertThat(rules("party")).containsExactly("party.1 ① FIXED 3", "party.2 ② FIXED 5", "party.3 ③ FIXED 2",
				"party.4 ④ FIXED 2");
		assertThat(rules("1")).containsExactly("1.1 ① FIXED 5", "1.2 ② FIXED 5", "1.3.a ③ FIXED 5", "1.3.b ③ FIXED 2",
				"1.4.a ④ FIXED 3", "1.4.b ④ FIXED 2", "1.5 ⑤ FIXED 3");
		assertThat(rules("2")).containsExactly("2.1 ① FIXED 5", "2.2 ② FIXED 3", "2.3 ③ FIXED 3", "2.4.a ④ FIXED 2",
				"2.4.b ④ FIXED 3", "2.5 ⑤ FIXED 2", "2.6 ⑥ FIXED 5", "2.7 ⑦ FIXED 10", "2.8 ⑧ FIXED 2");
		assertThat(rules("3")).containsExactly("3.1 ① FIXED 3", "3.2 ② FIXED 10", "3.3 ③ PER_OCCURRENCE 3",
				"3.4 ④ PER_OCCURRENCE 3", "3.5 ⑤ PER_OCCURRENCE 3", "3.6 ⑥ FIXED 2");
		assertThat(rules("4")).containsExactly("4.1.a ① FIXED 2", "4.1.b ① PER_OCCURRENCE 0.5", "4.1.c ① FIXED 3",
				"4.1.d ① PER_OCCURRENCE 4", "4.1.e ① FIXED 3", "4.2 ② PER_OCCURRENCE 5", "4.3 ③ PER_OCCURRENCE 2",
				"4.4 ④ PER_OCCURRENCE 3", "4.5 ⑤ PER_OCCURRENCE 5", "4.6 ⑥ PER_OCCURRENCE 10");
		assertThat(rules("5")).containsExactly("5.1 ① FIXED 3", "5.2 ② FIXED 3", "5.3 ③ FIXED 2", "5.4 ④ FIXED 2");
		assertThat(rules("6")).containsExactly("6.1 ① FIXED 8", "6.2 ② FIXED 5", "6.3 ③ FIXED 3");
		assertThat(rules("7")).containsExactly("7.1 ① FIXED 3", "7.2 ② FIXED 3", "7.3.a ③ PER_OCCURRENCE 2",
				"7.3.b ③ DISCRETIONARY ≤1.5", "7.4 ④ FIXED 2");
		assertThat(rules("8")).containsExactly("8.1 - PER_OCCURRENCE 2", "8.2 - DISCRETIONARY ≤1.5");
		assertThat(rules("9")).containsExactly("9.1 ① CONSEQUENCE", "9.2 ② FIXED 10", "9.3 ③ FIXED 10");
		assertThat(rules("10")).containsExactly("10.1 ① FIXED 2", "10.2 ② FIXED 1", "10.3.a ③ FIXED 2",
				"10.3.b ③ FIXED 1", "10.4 ④ DISCRETIONARY ≤5");
		assertThat(rules("11")).containsExactly("11.1 - FIXED 2");
	}

	@Test
	void quotesTheSeedForTheRulesThatNeedReading() {
		assertThat(rule("1.4.b").text()).isEqualTo("不规范扣2分");
		assertThat(rule("2.4.b").text()).startsWith("未落实档案管理制度的（例如未配备档案管理人员；").endsWith("未对档案的借阅情况进行登记的），扣3分");
		assertThat(rule("3.3").text()).endsWith("每发现一次扣3分");
		assertThat(rule("3.4").text()).isEqualTo("参加继续教育培训学时不足40个的，每鉴定人次扣3分");
		assertThat(rule("3.5").text()).endsWith("每人次扣3分");
		assertThat(rule("4.1.b").text()).isEqualTo("检查周期内有投诉的，每件扣0.5分");
		assertThat(rule("4.1.d").text()).isEqualTo("引发行政复议、行政诉讼败诉的，每件次扣4分");
		assertThat(rule("4.2").text()).endsWith("每次扣5分");
		assertThat(rule("7.3.b").text()).isEqualTo("仅相对独立的，酌情扣分");
		assertThat(rule("8.2").text()).isEqualTo("标识标牌内容不完整、有错误的，酌情扣分");
		assertThat(rule("9.1").text()).isEqualTo("未通过相应的资质认定或实验室认可，依法注销其相应的司法鉴定业务类别");
		assertThat(rule("10.4").text()).endsWith("（此项由专家评分）");
	}

	@Test
	void gradedAlternativesOfOneFindingExcludeEachOther() {
		assertThat(rule("1.3.a").exclusiveGroup()).isEqualTo("1.3").isEqualTo(rule("1.3.b").exclusiveGroup());
		assertThat(rule("1.4.a").exclusiveGroup()).isEqualTo("1.4").isEqualTo(rule("1.4.b").exclusiveGroup());
		assertThat(rule("10.3.a").exclusiveGroup()).isEqualTo("10.3").isEqualTo(rule("10.3.b").exclusiveGroup());
		long grouped = this.template.items()
			.flatMap((item) -> item.rules().stream())
			.filter((rule) -> rule.exclusiveGroup() != null)
			.count();
		assertThat(grouped).isEqualTo(6);
	}

	@Test
	void functionAreasAreDeductedWholeOrAtTheScorersDiscretionBelowTwoPoints() {
		List<String> areas = List.of("接待", "检查（检验）", "鉴定（办公）", "档案");
		assertThat(rule("7.3.a").options()).containsExactlyElementsOf(areas);
		assertThat(rule("7.3.b").options()).containsExactlyElementsOf(areas);
		assertThat(rule("7.3.b").bound()).isEqualByComparingTo("1.5").isLessThan(rule("7.3.a").points());
		assertThat(rule("7.3.b").step()).isEqualByComparingTo("0.5");
		assertThat(rule("7.3.b").note()).contains("1.5分", "2分");
	}

	@Test
	void listsTheSeventeenSignsOfTheLayoutItem() {
		assertThat(rule("8.1").options()).containsExactly("门牌", "科室牌", "背景墙", "鉴定机构证照原件", "司法鉴定人员基本情况", "社会监督员基本情况",
				"投诉监督单位及其投诉电话", "鉴定机构咨询服务电话", "司法鉴定收费项目和收费标准", "司法鉴定流程", "司法鉴定标准", "司法鉴定职业道德基本规范", "司法鉴定风险告知书",
				"“六统一”执业规定", "司法鉴定机构内部管理制度", "工作证（卡）", "桌牌");
		assertThat(rule("8.2").options()).isEqualTo(rule("8.1").options());
		assertThat(rule("8.2").bound()).isEqualByComparingTo("1.5").isLessThan(rule("8.1").points());
	}

	@Test
	void cancellingACategoryIsAConsequenceNotPoints() {
		Rule cancel = rule("9.1");
		assertThat(cancel.kind()).isEqualTo(RuleKind.CONSEQUENCE);
		assertThat(cancel.points()).isNull();
		assertThat(cancel.action()).isEqualTo(new Action("CANCEL_CATEGORY", "注销相应业务类别"));
		assertThat(cancel.options()).containsExactly("法医物证", "法医毒物", "微量物证", "声像资料", "环境损害");
	}

	@Test
	void expertScoredItemsAreTenFourTwelveAndThirteen() {
		Rule equipment = rule("10.4");
		assertThat(equipment.expert()).isTrue();
		assertThat(equipment.bound()).isEqualByComparingTo("5");
		assertThat(equipment.maxOccurrences()).isEqualTo(1);
		DirectScore archive = this.template.item("12").orElseThrow().directScore();
		assertThat(archive.expert()).isTrue();
		assertThat(archive.max()).isEqualByComparingTo("100");
		assertThat(archive.factor()).isEqualByComparingTo("0.4");
		assertThat(archive.maxPoints()).isEqualByComparingTo("40");
		assertThat(archive.step()).isEqualByComparingTo("0.5");
		DirectScore appraisers = this.template.item("13").orElseThrow().directScore();
		assertThat(appraisers.expert()).isTrue();
		assertThat(appraisers.max()).isEqualByComparingTo("5");
		assertThat(appraisers.factor()).isEqualByComparingTo("1");
		long expertRules = this.template.items().flatMap((item) -> item.rules().stream()).filter(Rule::expert).count();
		assertThat(expertRules).isEqualTo(1);
		assertThat(this.template.item("12").orElseThrow().requirement()).contains("实际得分×40%", "此项由专家评分");
		assertThat(this.template.item("13").orElseThrow().requirement()).contains("此项由专家评分");
	}

	@Test
	void hasEveryBonusRuleWithItsPointsAndTheSameContentRule() {
		assertThat(rules("14")).containsExactly("14.1.a 国家 PER_OCCURRENCE 1.5", "14.1.b 省 PER_OCCURRENCE 1",
				"14.1.c 市 PER_OCCURRENCE 0.5", "14.2.a 国家 PER_OCCURRENCE 1", "14.2.b 省级 PER_OCCURRENCE 0.5",
				"14.3 - PER_OCCURRENCE 3", "14.4 - TIERED");
		assertThat(rule("14.4").tiers()).extracting(Tier::min, Tier::max, (tier) -> tier.points().toPlainString())
			.containsExactly(tuple(1, 2, "0.5"), tuple(3, 4, "1"), tuple(5, null, "1.5"));
		assertThat(rules("15")).containsExactly("15.1.a 中央 PER_OCCURRENCE 1.5", "15.1.b 省 PER_OCCURRENCE 1",
				"15.1.c 市 PER_OCCURRENCE 0.5", "15.2.a 司法部 PER_OCCURRENCE 1", "15.2.b 省厅 PER_OCCURRENCE 0.5");
		assertThat(this.template.item("15").orElseThrow().rules()).allSatisfy((rule) -> {
			assertThat(rule.dedupeGroup()).isEqualTo("15");
		});
		assertThat(this.template.item("14").orElseThrow().rules()).allSatisfy((rule) -> {
			assertThat(rule.dedupeGroup()).isNull();
		});
		assertThat(this.template.item("15").orElseThrow().requirement()).endsWith("以上相同内容者以最高级别加分，不重复加分。");
	}

	@Test
	void gradesTheExactTotalInTheSeedsFourBands() {
		assertThat(this.template.grades())
			.extracting(GradeBand::code, GradeBand::label, (band) -> band.min().toPlainString())
			.containsExactly(tuple("EXCELLENT", "优秀", "90"), tuple("PASS", "合格", "80"),
					tuple("BASIC_PASS", "基本合格", "60"), tuple("FAIL", "不合格", "0"));
		assertThat(this.seed).contains("总分为100分，90分以上为优秀，80-89分为合格，60-79分为基本合格，60分以下为不合格");
	}

	@Test
	void recordsTheSeedsFiftyPointsRemarkAgainstItsTable() {
		assertThat(this.seed).contains("以上项目的第一项、第二项的总分为50分，扣完为止");
		assertThat(this.template.pools()).isEmpty();
		assertThat(this.template.notes())
			.anySatisfy((note) -> assertThat(note).contains("第一项、第二项的总分为50分", "10分", "25分", "35分", "每一部分各自扣完为止"));
		assertThat(this.template.notes()).anySatisfy((note) -> assertThat(note).contains("2024年6月至2025年6月"));
		assertThat(this.template.notes()).anySatisfy((note) -> assertThat(note).contains("89.5分为合格"));
	}

	@Test
	void recommendsRectificationForAnyDeduction() {
		assertThat(this.template.findingAction()).isEqualTo(new Action("RECTIFY", "限期整改"));
		assertThat(this.template.conclusions()).isEmpty();
	}

	@Test
	void hasTheSheetsNameAndSignatureFields() {
		assertThat(this.template.header()).extracting(HeaderField::key, HeaderField::label, HeaderField::placement)
			.containsExactly(tuple("agencyName", "鉴定机构名称", HeaderField.Placement.HEADER),
					tuple("inspectors", "检查人员签名", HeaderField.Placement.FOOTER),
					tuple("experts", "鉴定专家签名", HeaderField.Placement.FOOTER));
		assertThat(this.template.header().get(1).columns()).extracting(HeaderField.Column::label)
			.containsExactly("检查人员签名", "执法证号", "日期");
		assertThat(this.seed).contains("鉴定机构名称", "检查人员签名", "执法证号", "鉴定专家签名");
	}

	private List<String> rules(String itemId) {
		return this.template.item(itemId)
			.orElseThrow()
			.rules()
			.stream()
			.map(EzhouScoringTemplateTest::describe)
			.toList();
	}

	private static String describe(Rule rule) {
		String label = (rule.label() != null) ? rule.label() : "-";
		String value = switch (rule.kind()) {
			case FIXED, PER_OCCURRENCE -> " " + rule.points().stripTrailingZeros().toPlainString();
			case DISCRETIONARY -> " ≤" + rule.bound().stripTrailingZeros().toPlainString();
			case TIERED, CONSEQUENCE -> "";
		};
		return rule.id() + " " + label + " " + rule.kind() + value;
	}

	private Rule rule(String ruleId) {
		return this.template.items()
			.flatMap((item) -> item.rules().stream())
			.filter((rule) -> rule.id().equals(ruleId))
			.findFirst()
			.orElseThrow();
	}

}
