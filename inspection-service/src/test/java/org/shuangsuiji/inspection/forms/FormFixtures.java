package org.shuangsuiji.inspection.forms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.shuangsuiji.platform.category.BusinessCategory;

/** Forms of a fictional 新乡 2024 inspection, as a bureau would fill them. */
public final class FormFixtures {

	public static final String TASK_ID = "demo-xinxiang-2024:ag-zhengheng";

	public static final String AGENCY = "河南正衡司法鉴定中心（虚构）";

	public static final String CREDIT_CODE = "52410700MJY123456K";

	public static final String BASE_URL = "https://ssj.example.gov.cn";

	public static final List<String> TEAM = List.of("王建国", "李晓梅");

	private static final String[] FACT_OPENINGS = { "抽查的司法鉴定意见书（新正司鉴〔2023〕临鉴字第0158号）未附鉴定材料接收登记记录，",
			"鉴定人张某某2023年度岗前培训及继续教育学时不足40学时，", "机构未按规定公示收费项目和收费标准，", "复核人未在复核意见中签名，复核记录未存入司法鉴定档案，",
			"法医物证实验室温湿度记录自2023年8月起中断，", "委托登记表第2023-0412号与鉴定材料登记表记载的检材数量不一致，", "司法鉴定意见书未加盖司法鉴定专用章骑缝章，",
			"机构未建立鉴定人及其他人员干预司法鉴定活动的记录制度，", "法律援助案件的减免收费未在台账中登记，", "鉴定档案借阅登记表缺少2023年第四季度的记录，" };

	private FormFixtures() {
	}

	public static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** {@code count} distinct facts, each about {@code length} characters long. */
	public static List<String> facts(int count, int length) {
		List<String> facts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			StringBuilder fact = new StringBuilder(FACT_OPENINGS[i % FACT_OPENINGS.length]);
			fact.append("检查组第").append(i + 1).append("项确认：");
			while (fact.length() < length) {
				fact.append("相关原始记录与意见书内容无法一一对应，检查人员已拍照留存并由机构负责人现场查看。");
			}
			fact.append("（事实").append(i + 1).append("完）");
			facts.add(fact.toString());
		}
		return facts;
	}

	public static FactSheetForm factSheet(List<String> facts) {
		return new FactSheetForm(TASK_ID, 2024, "新乡市", AGENCY, CREDIT_CODE,
				List.of(BusinessCategory.FORENSIC_CLINICAL, BusinessCategory.FORENSIC_BIOLOGY),
				new Certificates(Optional.of(new Certificate("161612345678", LocalDate.of(2027, 5, 31))),
						Optional.empty(), Optional.of(new Certificate("CNAS L12345", LocalDate.of(2026, 12, 31)))),
				facts, Optional.of("对上述事实无异议，将于30日内完成整改。"), TEAM, LocalDate.of(2024, 6, 11),
				sha256(String.join("\n", facts)), BASE_URL);
	}

	public static FeedbackForm feedback(boolean hasOpinion) {
		return new FeedbackForm(TASK_ID, 2024, "新乡市", AGENCY, CREDIT_CODE, List.of(BusinessCategory.FORENSIC_CLINICAL),
				hasOpinion, hasOpinion ? "建议检查组提前告知需准备的档案范围，便于机构配合调阅。" : "", "赵振华", LocalDate.of(2024, 6, 13),
				Instant.parse("2024-06-13T02:30:00Z"));
	}

	public static List<ChecklistItem> checklist() {
		return List.of(new ChecklistItem("1", "执业许可证书及资质认定证书情况"), new ChecklistItem("2", "鉴定人执业及培训情况"),
				new ChecklistItem("3", "收费项目和收费标准公示情况"), new ChecklistItem("19", "司法鉴定意见内部复核制度落实情况"));
	}

	public static AgencyResult agency(String name, LocalDate day, String result, String grade,
			Rectification rectification, String... findings) {
		return new AgencyResult(name, CREDIT_CODE, day, result, Optional.ofNullable(grade),
				"存在" + findings.length + "项问题，" + (findings.length > 0 ? "责令限期整改。" : "符合要求。"), rectification,
				Set.of(findings));
	}

	public static PlanSummaryReport summary(List<AgencyResult> agencies) {
		return new PlanSummaryReport("demo-xinxiang-2024", "2024年度新乡市司法鉴定行业“双随机、一公开”监督检查", 2024, "新乡市司法局", "定向抽查",
				LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 15), checklist(), agencies);
	}

	public static PlanSummaryReport summary() {
		return summary(List.of(
				agency(AGENCY, LocalDate.of(2024, 6, 11), "发现问题", "合格", Rectification.IN_PROGRESS, "2", "19"),
				agency("新乡明鉴法医临床司法鉴定所（虚构）", LocalDate.of(2024, 6, 12), "未发现问题", "优秀", Rectification.NOT_REQUIRED),
				agency("卫辉求实司法鉴定所（虚构）", LocalDate.of(2024, 6, 14), "发现问题", "基本合格", Rectification.COMPLETED, "2", "3")));
	}

}
