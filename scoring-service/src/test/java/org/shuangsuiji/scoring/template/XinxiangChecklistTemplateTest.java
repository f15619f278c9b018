package org.shuangsuiji.scoring.template;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.region.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The shipped 新乡 2024 checklist against its seed (工作方案附件1 监督检查表): the header fields, all
 * 21 items and every numbered sub-point, with the seed's wording.
 */
class XinxiangChecklistTemplateTest {

	private final Template template = SeedTemplates.xinxiang();

	private final String seed = SeedTemplates.seedText("xinxiang-2024-plan.txt");

	@Test
	void isAValidChecklistOfXinxiangFor2024() {
		assertThat(TemplateValidator.validate(this.template)).isEmpty();
		assertThat(this.template.templateId()).isEqualTo("xinxiang-2024-checklist");
		assertThat(this.template.version()).isEqualTo(1);
		assertThat(this.template.region()).isEqualTo(RegionCode.of("410700"));
		assertThat(this.template.year()).isEqualTo(2024);
		assertThat(this.template.kind()).isEqualTo(TemplateKind.CHECKLIST);
		assertThat(this.template.title()).isEqualTo("2024年度新乡市司法鉴定行业“双随机、一公开”监督检查表");
		assertThat(this.template.issuer()).isEqualTo("新乡市司法局");
		assertThat(this.template.totalCap()).isNull();
		assertThat(this.template.grades()).isEmpty();
		assertThat(this.seed).contains(SeedTemplates.normalize(this.template.title()));
	}

	@Test
	void hasTheChecklistHeaderFields() {
		assertThat(this.template.header()).extracting(HeaderField::key, HeaderField::label)
			.containsExactly(tuple("agencyName", "司法鉴定机构名称"), tuple("qualifications", "资质认定或实验室认证认可情况"),
					tuple("address", "机构地址"), tuple("creditCode", "统一社会信用代码"), tuple("legalRepresentative", "法定代表人姓名"),
					tuple("contact", "联系人"), tuple("contactPhone", "联系方式"),
					tuple("penalties2023", "2023年被行政处罚、行政处理和行业惩戒及整改情况"), tuple("partyBuilding2024", "2024年鉴定机构党建情况"));
		assertThat(this.template.header().get(1).columns()).extracting(HeaderField.Column::label)
			.containsExactly("证书编号", "有效期", "发证机关名称");
		this.template.header().forEach((field) -> {
			assertThat(this.seed).contains(SeedTemplates.normalize(field.label()));
			field.columns().forEach((column) -> assertThat(this.seed).contains(column.label()));
		});
	}

	@Test
	void hasAllTwentyOneItemsInOrder() {
		assertThat(this.template.parts()).singleElement().satisfies((part) -> {
			assertThat(part.kind()).isEqualTo(PartKind.CHECKLIST);
			assertThat(part.max()).isNull();
		});
		assertThat(this.template.items().map(Item::id)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9",
				"10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21");
		assertThat(this.template.items().map(Item::title)).containsExactly(
				"鉴定机构执业场所都符合评审细则要求，功能分区及各类标识悬挂合理的，公示信息符合要求，仪器设备配置和检定校准计量情况。", "机构应在司法鉴定许可证载明的业务范围内从事司法鉴定活动",
				"机构应具备独立性、公正性地位，合法开展司法鉴定活动", "遵守法律法规和鉴定程序，自觉避免出现违法违规行为", "机构应遵守相关保密规定", "机构的人员管理规范", "机构的样品管理要求",
				"机构的数据和信息管理要求", "正确使用司法鉴定专用章", "按要求使用司法鉴定综合管理平台系统，向司法行政机关上报统计数据等相关信息", "持续符合登记条件，司法鉴定能力得到有效维持。",
				"规范出具司法鉴定意见书", "参加能力验证或者能力比对", "与“司法黄牛”勾结，通过支付回扣、介绍费、进行虚假宣传、违规设立接案点等招揽案源", "未经鉴定机构同意私自接受委托",
				"故意提高或者降低伤残等级等虚假鉴定", "按照委托人意图或者特定目的出具鉴定意见", "应当回避而未回避", "司法鉴定意见内部复核制度落实情况",
				"落实《司法鉴定机构鉴定人记录和报告干预司法鉴定活动的有关规定》", "落实《司法鉴定与法律援助工作衔接管理办法（试行）》情况");
	}

	@Test
	void hasEveryNumberedSubPointOfEveryItem() {
		List<String> numbered = this.template.items()
			.map((item) -> item.id() + ":"
					+ item.subPoints()
						.stream()
						.map((point) -> (point.number() != null) ? String.valueOf(point.number()) : "-")
						.collect(Collectors.joining(",")))
			.toList();
		assertThat(numbered).containsExactly("1:1,2,3", "2:1,2", "3:1,2,3", "4:1,2,3,4,5,6,7,8,9,10", "5:-", "6:1,2,3",
				"7:-,1,2,3,4", "8:-,1,2,3,4,5,6,7", "9:1,2,3,4", "10:1,2", "11:1,2,3,4", "12:1,2,3", "13:-", "14:1,2",
				"15:1,2", "16:1,2", "17:1,2", "18:1,2", "19:-,-", "20:1,2", "21:1,2");
	}

	@Test
	void eachItemReadsInTheSeedExactlyAsNumberTitleAndMethodColumn() {
		this.template.items().forEach((item) -> {
			StringBuilder row = new StringBuilder(item.number()).append(item.title());
			for (SubPoint point : item.subPoints()) {
				if (point.number() != null) {
					row.append("（").append(point.number()).append("）");
				}
				row.append(point.text());
			}
			assertThat(this.seed).as("item %s with all its sub-points", item.id())
				.contains(SeedTemplates.normalize(row.toString()));
		});
	}

	@Test
	void quotesSubPointsThatWereBrokenAcrossPages() {
		assertThat(subPoint("4", 7).text()).isEqualTo("不漏鉴关键项目、干扰鉴定过程或者改动关键项目的鉴定方法，造成鉴定数据或者鉴定意见错误。");
		assertThat(subPoint("4", 10).text()).isEqualTo("其他伪造鉴定数据或者鉴定意见的情形。");
		assertThat(this.template.item("8").orElseThrow().subPoints().get(0).text())
			.isEqualTo("机构应当按照规定管理司法鉴定数据和信息，留存司法鉴定意见书和原始记录，保证原始记录具有可追溯性。不得存在下列行为：");
		assertThat(subPoint("8", 7).text()).isEqualTo("各类记录和报告的时间与真实时间不一致的。");
		assertThat(this.template.item("19").orElseThrow().subPoints()).extracting(SubPoint::text)
			.containsExactly("司法鉴定复核意见没有进行复核，复核意见是否存入司法鉴定档案。", "没有相关举报、投诉情况。");
		for (String promise : List.of("14", "15", "16", "17", "18")) {
			assertThat(this.template.item(promise).orElseThrow().subPoints()).extracting(SubPoint::text)
				.containsExactly("出具不存在相关情况承诺书。", "没有相关举报、投诉情况。");
		}
	}

	@Test
	void marksPremisesUnderSeventySquareMetresAndUncalibratedEquipmentAsSuspendingPractice() {
		SubPoint premises = subPoint("1", 1);
		assertThat(premises.text()).isEqualTo("鉴定机构执业场所达不到70平方的，暂时停止执业进行整改。");
		assertThat(premises.action()).isEqualTo(new Action("SUSPEND_PRACTICE", "暂停执业整改"));
		SubPoint equipment = subPoint("1", 3);
		assertThat(equipment.text()).isEqualTo("仪器设备配置符合要求，并进行了年度校准计量，核查计量证书，不符合要求的暂时停止执业进行整改。");
		assertThat(equipment.action()).isEqualTo(premises.action());
		assertThat(subPoint("1", 2).action()).isNull();
		long suspending = this.template.items()
			.flatMap((item) -> item.subPoints().stream())
			.filter((point) -> point.action() != null)
			.count();
		assertThat(suspending).isEqualTo(2);
	}

	@Test
	void concludesSuspensionThenRectificationThenNoFindings() {
		assertThat(this.template.conclusions())
			.extracting(ConclusionRule::code, ConclusionRule::label, ConclusionRule::whenAction,
					ConclusionRule::minFindings)
			.containsExactly(tuple("SUSPEND_PRACTICE", "暂停执业整改", "SUSPEND_PRACTICE", null),
					tuple("RECTIFY", "限期整改", null, 1), tuple("NO_FINDINGS", "未发现问题", null, null));
		assertThat(this.template.findingAction()).isEqualTo(new Action("RECTIFY", "限期整改"));
		assertThat(this.seed).contains("提出整改建议和整改时限", "对被检查机构给出“检查结论”建议");
	}

	@Test
	void notesTheAnswersAndTheDossierSampling() {
		assertThat(this.template.notes()).contains("检查发现问题：A：发现；B：未发现；C：不适用。");
		assertThat(this.template.notes()).anySatisfy((note) -> assertThat(note).contains("不少于20份", "2023年1月1日"));
		assertThat(this.seed).contains("检查发现问题:A：发现；B：未发现；C：不适用。");
	}

	private SubPoint subPoint(String itemId, int number) {
		return this.template.item(itemId)
			.orElseThrow()
			.subPoints()
			.stream()
			.filter((point) -> Integer.valueOf(number).equals(point.number()))
			.findFirst()
			.orElseThrow();
	}

}
