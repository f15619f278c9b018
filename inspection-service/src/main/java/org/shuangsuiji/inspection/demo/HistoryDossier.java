package org.shuangsuiji.inspection.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.shuangsuiji.inspection.canonical.Hashes;
import org.shuangsuiji.inspection.dossier.ItemCheck;
import org.shuangsuiji.inspection.dossier.RegisterCheck;
import org.shuangsuiji.inspection.dossier.RegisterKind;
import org.shuangsuiji.inspection.dossier.ReviewItem;
import org.shuangsuiji.platform.category.BusinessCategory;

/**
 * The dossier sample of one history line (抽查鉴定档案): the agency's three registers as the
 * CSV files a team uploads, the draw's seed and the review of each drawn file, all
 * derived from the line's seed and task id, so that a rerun and another loader over the
 * same file see the same sample. The rows are synthetic: cases commissioned from a month
 * before the plan's window to the day before the visit, numbered per year and category in
 * the agencies' usual style (新正[2023]临鉴字第0123号).
 */
final class HistoryDossier {

	/** How many cases an agency registered in the window, at least and at most. */
	static final int MIN_CASES = 25;

	static final int MAX_CASES = 120;

	/** Roughly one drawn file in twelve has a defect (a deterministic share). */
	private static final int DEFECT_ONE_IN = 12;

	/** What an agency of unknown categories is given: the commonest practice. */
	private static final List<BusinessCategory> COMMON = List.of(BusinessCategory.FORENSIC_CLINICAL,
			BusinessCategory.FORENSIC_PATHOLOGY, BusinessCategory.FORENSIC_BIOLOGY, BusinessCategory.DOCUMENT,
			BusinessCategory.TRACE);

	private static final Map<BusinessCategory, String> SHORT = new EnumMap<>(Map.of(BusinessCategory.FORENSIC_PATHOLOGY,
			"病", BusinessCategory.FORENSIC_CLINICAL, "临", BusinessCategory.FORENSIC_PSYCHIATRY, "精",
			BusinessCategory.FORENSIC_BIOLOGY, "物", BusinessCategory.FORENSIC_TOXICOLOGY, "毒",
			BusinessCategory.DOCUMENT, "文", BusinessCategory.TRACE, "痕", BusinessCategory.MICRO_TRACE, "微",
			BusinessCategory.AUDIO_VISUAL, "声", BusinessCategory.ENVIRONMENTAL_DAMAGE, "环"));

	private static final Map<BusinessCategory, List<String>> TYPES = new EnumMap<>(Map.of(
			BusinessCategory.FORENSIC_PATHOLOGY, List.of("死亡原因鉴定", "损伤与疾病关系"), BusinessCategory.FORENSIC_CLINICAL,
			List.of("伤残等级", "损伤程度", "误工护理营养期限", "医疗费用评估"), BusinessCategory.FORENSIC_PSYCHIATRY,
			List.of("刑事责任能力", "民事行为能力"), BusinessCategory.FORENSIC_BIOLOGY, List.of("亲权鉴定", "个体识别"),
			BusinessCategory.FORENSIC_TOXICOLOGY, List.of("血液乙醇含量", "常见毒物检测"), BusinessCategory.DOCUMENT,
			List.of("笔迹鉴定", "印章印文鉴定", "文件形成时间"), BusinessCategory.TRACE, List.of("车辆痕迹", "手印鉴定"),
			BusinessCategory.MICRO_TRACE, List.of("油漆物证", "纤维物证"), BusinessCategory.AUDIO_VISUAL,
			List.of("录音同一性", "电子数据提取"), BusinessCategory.ENVIRONMENTAL_DAMAGE, List.of("生态环境损害", "污染物性质")));

	/** A defect as a team writes it, per item. */
	private static final Map<ReviewItem, String> DEFECTS = new EnumMap<>(Map.of(ReviewItem.OPINION_VS_RECORD,
			"意见书所载检查结果与原始记录不一致", ReviewItem.SIGNATURES, "意见书缺少一名鉴定人签名", ReviewItem.SEAL, "意见书未加盖司法鉴定专用章",
			ReviewItem.REVIEW_RECORD, "卷宗内无复核人复核记录", ReviewItem.INTERVENTION_RECORD, "卷宗内无干预记录表"));

	private static final String CSV_MEDIA_TYPE = "text/csv";

	private final String taskId;

	private final long seed;

	private final Map<RegisterKind, byte[]> files;

	private HistoryDossier(String taskId, long seed, Map<RegisterKind, byte[]> files) {
		this.taskId = taskId;
		this.seed = seed;
		this.files = files;
	}

	/**
	 * The sample of a line whose agency practises {@code categories} (the common ones
	 * when the loader does not know them); the window runs from {@code windowStart} to
	 * the visit day.
	 */
	static HistoryDossier of(String taskId, String agencyName, long seed, LocalDate windowStart, LocalDate visitDay,
			List<BusinessCategory> categories) {
		Random random = new Random(mix(seed, taskId, "registers"));
		List<BusinessCategory> practised = categories.isEmpty() ? COMMON : categories;
		LocalDate first = windowStart.minusDays(30);
		long days = ChronoUnit.DAYS.between(first, visitDay);
		int count = MIN_CASES + random.nextInt(MAX_CASES - MIN_CASES + 1);
		List<Case> cases = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			LocalDate commissioned = first.plusDays(random.nextInt((int) days));
			// the first category is the agency's main line of work
			BusinessCategory category = (random.nextInt(3) == 0) ? practised.get(0)
					: practised.get(random.nextInt(practised.size()));
			List<String> types = TYPES.get(category);
			LocalDate received = min(commissioned.plusDays(random.nextInt(4)), visitDay);
			LocalDate issued = received.plusDays(10 + random.nextInt(31));
			cases.add(new Case(commissioned, received, issued.isBefore(visitDay) ? issued : null, category,
					types.get(random.nextInt(types.size())), random.nextInt(10) == 0, random.nextInt(20) == 0));
		}
		cases.sort(Comparator.comparing(Case::commissioned));
		String prefix = prefix(agencyName);
		Map<String, Integer> numbers = new HashMap<>();
		List<String> caseNumbers = new ArrayList<>();
		for (Case file : cases) {
			int year = file.commissioned().getYear();
			String series = year + "/" + file.category();
			int number = numbers.merge(series, 1, Integer::sum);
			caseNumbers
				.add(String.format(Locale.ROOT, "%s[%d]%s鉴字第%04d号", prefix, year, SHORT.get(file.category()), number));
		}
		Map<RegisterKind, byte[]> files = new EnumMap<>(RegisterKind.class);
		for (RegisterKind kind : RegisterKind.values()) {
			files.put(kind, csv(kind, cases, caseNumbers));
		}
		return new HistoryDossier(taskId, seed, files);
	}

	/** The register as its CSV file, in the order the agency kept it. */
	private static byte[] csv(RegisterKind kind, List<Case> cases, List<String> caseNumbers) {
		StringBuilder text = new StringBuilder();
		text.append(String.join(",", RegisterCheck.CASE_NUMBER, kind.dateColumn(), RegisterCheck.CATEGORY,
				RegisterCheck.TYPE, RegisterCheck.DIFFICULT, RegisterCheck.UNUSUAL))
			.append("\r\n");
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < cases.size(); i++) {
			if (cases.get(i).dated(kind) != null) {
				order.add(i);
			}
		}
		order.sort(Comparator.comparing((Integer i) -> cases.get(i).dated(kind)));
		for (int i : order) {
			Case file = cases.get(i);
			text.append(String.join(",", caseNumbers.get(i), file.dated(kind).toString(),
					file.category().chineseName() + "鉴定", file.type(), file.difficult() ? "是" : "否",
					file.unusual() ? "是" : "否"))
				.append("\r\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] file(RegisterKind kind) {
		return this.files.get(kind).clone();
	}

	String fileName(RegisterKind kind) {
		return kind.title() + "（历史数据）.csv";
	}

	static String mediaType() {
		return CSV_MEDIA_TYPE;
	}

	/** The draw's seed: fixed by the line, as a bureau's notarised value would be. */
	String seed() {
		return "history-" + Hashes.sha256Hex(this.taskId + "/" + this.seed + "/dossier-seed").substring(0, 32);
	}

	String seedNote() {
		return "历史数据加载器（history loader）由历史行 seed " + this.seed + " 生成，非现场公证值";
	}

	/**
	 * The five traceability items of a drawn file: all OK, but for about one file in
	 * twelve with one defect.
	 */
	List<ItemCheck> review(String caseNumber) {
		Random random = new Random(mix(this.seed, this.taskId, caseNumber));
		ReviewItem defective = (random.nextInt(DEFECT_ONE_IN) == 0)
				? ReviewItem.values()[random.nextInt(ReviewItem.values().length)] : null;
		List<ItemCheck> checks = new ArrayList<>();
		for (ReviewItem item : ReviewItem.values()) {
			checks.add((item == defective) ? new ItemCheck(item, true, DEFECTS.get(item))
					: new ItemCheck(item, false, null));
		}
		return checks;
	}

	/** Two CJK characters of the agency's name, as case numbers begin (新正). */
	private static String prefix(String agencyName) {
		StringBuilder prefix = new StringBuilder();
		(agencyName != null ? agencyName : "").codePoints()
			.filter((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
			.limit(2)
			.forEach(prefix::appendCodePoint);
		return (prefix.length() > 0) ? prefix.toString() : "鉴";
	}

	/** A stable random seed of the line's seed, its task and what it is for. */
	private static long mix(long seed, String taskId, String what) {
		return Long.parseUnsignedLong(Hashes.sha256Hex(seed + "/" + taskId + "/" + what).substring(0, 15), 16);
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? b : a;
	}

	/** One case: its three register dates (no opinion yet: {@code null}). */
	private record Case(LocalDate commissioned, LocalDate received, LocalDate issued, BusinessCategory category,
			String type, boolean difficult, boolean unusual) {

		LocalDate dated(RegisterKind kind) {
			return switch (kind) {
				case COMMISSION -> this.commissioned;
				case MATERIAL -> this.received;
				case OPINION_ISSUE -> this.issued;
			};
		}

	}

}
