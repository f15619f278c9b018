package org.shuangsuiji.registry.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.agency.AgencyProfile;
import org.shuangsuiji.registry.agency.AgencyStatus;
import org.shuangsuiji.registry.agency.Certificate;
import org.shuangsuiji.registry.agency.CertificateKind;
import org.shuangsuiji.registry.agency.CreditCode;
import org.shuangsuiji.registry.agency.Equipment;
import org.shuangsuiji.registry.agency.FunctionalZone;
import org.shuangsuiji.registry.agency.LiabilityCover;
import org.shuangsuiji.registry.agency.Licence;
import org.shuangsuiji.registry.agency.Premises;
import org.shuangsuiji.registry.appraiser.Appraiser;
import org.shuangsuiji.registry.appraiser.AppraiserStatus;
import org.shuangsuiji.registry.appraiser.TrainingYear;
import org.shuangsuiji.registry.conflict.ConflictKind;
import org.shuangsuiji.registry.conflict.ConflictOfInterest;
import org.shuangsuiji.registry.conflict.PersonKind;
import org.shuangsuiji.registry.pool.Expert;
import org.shuangsuiji.registry.pool.Inspector;

/**
 * The fictional demo data set (虚构演示数据): 30 agencies across the counties of 新乡, 10 in 鄂州,
 * their appraisers, 40 inspectors, 15 experts and a few declared conflicts. Every name
 * says it is fictional; ids are fixed ({@code demo-xx-01} in 红旗区, {@code demo-xx-02} in
 * 原阳县, {@code demo-ez-01} in 鄂城区 are what the Keycloak demo agency accounts point at), so
 * loading twice changes nothing. Generated from a fixed seed relative to {@code today}.
 */
public final class DemoData {

	static final String MARK = "（虚构演示）";

	private static final List<String> XINXIANG_COUNTIES = List.of("410702", "410725", "410703", "410704", "410711",
			"410721", "410724", "410726", "410727", "410781", "410782", "410783");

	private static final List<String> EZHOU_DISTRICTS = List.of("420704", "420702", "420703");

	private static final List<String> WORDS = List.of("明鉴", "正衡", "求真", "公允", "衡平", "睿析", "信达", "守正", "精诚", "笃实", "清源",
			"致远", "弘正", "博证", "景行");

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
			"马", "朱", "胡", "郭", "何", "林", "罗", "高");

	private static final List<String> GIVEN = List.of("演一", "演二", "示三", "示四", "虚五", "虚六", "构七", "构八", "例九", "例十");

	private static final List<Set<BusinessCategory>> CATEGORY_SETS = List.of(
			EnumSet.of(BusinessCategory.FORENSIC_CLINICAL),
			EnumSet.of(BusinessCategory.FORENSIC_CLINICAL, BusinessCategory.FORENSIC_PATHOLOGY),
			EnumSet.of(BusinessCategory.FORENSIC_CLINICAL, BusinessCategory.FORENSIC_PSYCHIATRY),
			EnumSet.of(BusinessCategory.FORENSIC_BIOLOGY),
			EnumSet.of(BusinessCategory.DOCUMENT, BusinessCategory.TRACE), EnumSet.of(BusinessCategory.AUDIO_VISUAL),
			EnumSet.of(BusinessCategory.FORENSIC_TOXICOLOGY), EnumSet.of(BusinessCategory.ENVIRONMENTAL_DAMAGE),
			EnumSet.of(BusinessCategory.MICRO_TRACE),
			EnumSet.of(BusinessCategory.FORENSIC_CLINICAL, BusinessCategory.DOCUMENT));

	private final List<Agency> agencies = new ArrayList<>();

	private final List<Appraiser> appraisers = new ArrayList<>();

	private final List<Inspector> inspectors = new ArrayList<>();

	private final List<Expert> experts = new ArrayList<>();

	private final List<ConflictOfInterest> conflicts = new ArrayList<>();

	private DemoData() {
	}

	public static DemoData generate(LocalDate today) {
		DemoData data = new DemoData();
		Random random = new Random(2024);
		for (int i = 1; i <= 30; i++) {
			data.agency("demo-xx-" + two(i), XINXIANG_COUNTIES.get((i - 1) % XINXIANG_COUNTIES.size()), "新乡", i, random,
					today);
		}
		for (int i = 1; i <= 10; i++) {
			data.agency("demo-ez-" + two(i), EZHOU_DISTRICTS.get((i - 1) % EZHOU_DISTRICTS.size()), "鄂州", 100 + i,
					random, today);
		}
		for (int i = 1; i <= 40; i++) {
			boolean ezhou = i > 30;
			String region = ezhou ? ((i % 2 == 0) ? "420700" : EZHOU_DISTRICTS.get(i % 3))
					: ((i % 3 == 0) ? XINXIANG_COUNTIES.get(i % XINXIANG_COUNTIES.size()) : "410700");
			String certNo = (i % 10 == 7) ? null : "DEMO-ZF-" + region + "-" + three(i);
			String unit = (region.endsWith("00") ? (ezhou ? "鄂州市司法局" : "新乡市司法局") : "县区司法局") + MARK;
			data.inspectors.add(new Inspector("demo-insp-" + two(i), person(random) + "（演示检查员" + i + "）", certNo, unit,
					RegionCode.of(region), i != 13, null));
		}
		for (int i = 1; i <= 15; i++) {
			boolean ezhou = i > 10;
			Set<BusinessCategory> specialities = CATEGORY_SETS.get(i % CATEGORY_SETS.size());
			data.experts.add(new Expert("demo-exp-" + two(i), person(random) + "（演示专家" + i + "）", specialities,
					"演示鉴定专家库" + MARK, RegionCode.of(ezhou ? "420700" : "410700"), true, null));
		}
		data.conflict("demo-coi-1", "demo-insp-01", PersonKind.INSPECTOR, "demo-xx-01", ConflictKind.FORMER_EMPLOYMENT,
				"曾于该机构任行政人员（演示）", today.minusMonths(6));
		data.conflict("demo-coi-2", "demo-insp-02", PersonKind.INSPECTOR, "demo-xx-02", ConflictKind.RELATIVE,
				"配偶在该机构执业（演示）", today.minusMonths(3));
		data.conflict("demo-coi-3", "demo-exp-01", PersonKind.EXPERT, "demo-xx-03", ConflictKind.FINANCIAL_INTEREST,
				"与该机构有合作课题（演示）", today.minusMonths(2));
		data.conflict("demo-coi-4", "demo-insp-31", PersonKind.INSPECTOR, "demo-ez-01", ConflictKind.CURRENT_EMPLOYMENT,
				"在该机构兼职（演示）", today.minusMonths(1));
		return data;
	}

	private void agency(String id, String county, String city, int seq, Random random, LocalDate today) {
		Set<BusinessCategory> categories = CATEGORY_SETS.get(seq % CATEGORY_SETS.size());
		String name = city + WORDS.get(seq % WORDS.size()) + "司法鉴定所" + two(seq % 100) + MARK;
		CreditCode code = CreditCode.withCheckCharacter("52" + county + "MJ" + String.format("%07d", seq));
		LocalDate licenceUntil = switch (seq % 10) {
			case 3 -> today.plusDays(45);
			case 7 -> today.minusDays(20);
			default -> today.plusYears(1 + random.nextInt(4));
		};
		List<Certificate> certificates = new ArrayList<>();
		boolean needsAccreditation = categories.stream().anyMatch(BusinessCategory::accreditationRequired);
		if (needsAccreditation && seq % 4 != 1) {
			certificates.add(new Certificate(CertificateKind.CMA, "DEMO-CMA-" + three(seq), "省市场监督管理局" + MARK,
					today.minusYears(2), (seq % 4 == 2) ? today.plusDays(60) : today.plusYears(3)));
		}
		if (seq % 5 == 0) {
			certificates.add(new Certificate(CertificateKind.CNAS, "DEMO-CNAS-" + three(seq), "中国合格评定国家认可委员会",
					today.minusYears(1), today.plusYears(4)));
		}
		BigDecimal area = BigDecimal.valueOf(60 + random.nextInt(150));
		Set<FunctionalZone> zones = EnumSet.of(FunctionalZone.RECEPTION, FunctionalZone.APPRAISAL);
		if (seq % 3 != 0) {
			zones.add(FunctionalZone.ARCHIVE);
			zones.add(FunctionalZone.EXAMINATION);
		}
		List<Equipment> equipment = List.of(new Equipment("演示仪器" + three(seq), "DEMO-SN-" + three(seq),
				(seq % 6 == 0) ? today.minusDays(10) : today.plusMonths(1 + random.nextInt(11))));
		LiabilityCover cover = (seq % 8 == 5) ? null
				: new LiabilityCover((seq % 2 == 0) ? LiabilityCover.Kind.INSURANCE : LiabilityCover.Kind.RISK_FUND,
						"演示保险公司" + MARK, "DEMO-P-" + three(seq), today.plusMonths(3 + random.nextInt(12)));
		AgencyProfile profile = new AgencyProfile(
				name, code, RegionCode.of(county), city + "市演示路" + seq + "号" + MARK, person(random), person(random),
				"0373-55" + String.format("%05d", seq), categories, new Licence("DEMO-XK-" + three(seq),
						city.equals("新乡") ? "河南省司法厅" : "湖北省司法厅", today.minusYears(5), licenceUntil),
				certificates, new Premises(area, zones), equipment, cover);
		AgencyStatus status = (seq == 9) ? AgencyStatus.SUSPENDED : AgencyStatus.ACTIVE;
		this.agencies.add(Agency.register(id, profile, status));
		int staff = 3 + random.nextInt(7);
		List<BusinessCategory> ordered = categories.stream().sorted().toList();
		for (int n = 1; n <= staff; n++) {
			Set<BusinessCategory> own = EnumSet.of(ordered.get(n % ordered.size()));
			int hours = (n % 5 == 0) ? 24 : 40 + random.nextInt(30);
			this.appraisers.add(new Appraiser(id + "-appr-" + two(n), person(random) + "（演示鉴定人）",
					"DEMO-" + county + "-" + three(seq) + two(n), today.minusYears(3 + random.nextInt(10)), id,
					RegionCode.of(county), own,
					List.of(new TrainingYear(today.getYear() - 2, 40 + random.nextInt(20)),
							new TrainingYear(today.getYear() - 1, hours)),
					(n == staff && staff > 5) ? AppraiserStatus.LEFT : AppraiserStatus.ACTIVE, null));
		}
	}

	private void conflict(String id, String personId, PersonKind personKind, String agencyId, ConflictKind kind,
			String reason, LocalDate declaredOn) {
		RegionCode personRegion = (personKind == PersonKind.INSPECTOR)
				? this.inspectors.stream().filter((p) -> p.id().equals(personId)).findFirst().orElseThrow().regionCode()
				: this.experts.stream().filter((p) -> p.id().equals(personId)).findFirst().orElseThrow().regionCode();
		RegionCode agencyRegion = this.agencies.stream()
			.filter((a) -> a.id().equals(agencyId))
			.findFirst()
			.orElseThrow()
			.profile()
			.regionCode();
		this.conflicts.add(new ConflictOfInterest(id, personId, personKind, personRegion, agencyId, agencyRegion, kind,
				reason, declaredOn, "demo-data", null));
	}

	private static String person(Random random) {
		return SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()));
	}

	private static String two(int n) {
		return String.format("%02d", n);
	}

	private static String three(int n) {
		return String.format("%03d", n);
	}

	public List<Agency> agencies() {
		return List.copyOf(this.agencies);
	}

	public List<Appraiser> appraisers() {
		return List.copyOf(this.appraisers);
	}

	public List<Inspector> inspectors() {
		return List.copyOf(this.inspectors);
	}

	public List<Expert> experts() {
		return List.copyOf(this.experts);
	}

	public List<ConflictOfInterest> conflicts() {
		return List.copyOf(this.conflicts);
	}

}
