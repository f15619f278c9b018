package org.shuangsuiji.nationaldata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.shuangsuiji.nationaldata.RegionCatalogue.Division;
import org.shuangsuiji.nationaldata.RegionCatalogue.Level;
import org.shuangsuiji.platform.category.BusinessCategory;

/**
 * Makes the national data set from a seed and a scale: the same two give the same data,
 * row for row. Each kind draws from its own random stream (seed and kind), so changing
 * how experts are made does not move the agencies.
 */
public final class DataSetGenerator {

	/** A 司法鉴定机构 needs at least three appraisers (司法鉴定机构登记管理办法 art. 14). */
	static final int MIN_APPRAISERS_PER_AGENCY = 3;

	/** An urban district (市辖区) draws three times the agencies of a county. */
	static final int URBAN_WEIGHT = 3;

	private static final String[] CONFLICT_KINDS = { "FORMER_EMPLOYMENT", "CURRENT_EMPLOYMENT", "RELATIVE",
			"FINANCIAL_INTEREST", "OTHER" };

	private static final double[] CONFLICT_KIND_SHARES = { 0.45, 0.10, 0.25, 0.10 };

	private static final String[] TEMPLATES = { "xinxiang-2024-checklist", "ezhou-2025-scoring" };

	private final RegionCatalogue regions;

	public DataSetGenerator(RegionCatalogue regions) {
		this.regions = regions;
	}

	public DataSet generate(long seed, double scale) {
		Sizes sizes = Sizes.at(scale);
		List<DataSet.Agency> agencies = agencies(stream(seed, 1), sizes);
		List<DataSet.Appraiser> appraisers = appraisers(stream(seed, 2), sizes, agencies);
		Map<String, Integer> agenciesPerCity = new TreeMap<>();
		agencies.forEach((a) -> agenciesPerCity.merge(a.regionCode().substring(0, 4) + "00", 1, Integer::sum));
		List<DataSet.PoolPerson> inspectors = pool(stream(seed, 3), sizes.inspectors(), agenciesPerCity, true);
		List<DataSet.PoolPerson> experts = pool(stream(seed, 4), sizes.experts(), agenciesPerCity, false);
		List<DataSet.Conflict> conflicts = conflicts(stream(seed, 5), agencies, inspectors, experts);
		List<DataSet.Plan> plans = plans(stream(seed, 6), sizes, agenciesPerCity);
		return new DataSet(seed, scale, agencies, appraisers, inspectors, experts, conflicts, plans);
	}

	private static SplittableRandom stream(long seed, int kind) {
		return new SplittableRandom(seed * 1_000_003L + kind);
	}

	private List<DataSet.Agency> agencies(SplittableRandom random, Sizes sizes) {
		List<Division> counties = this.regions.all(Level.COUNTY);
		double[] cumulative = new double[counties.size()];
		double total = 0;
		for (int i = 0; i < counties.size(); i++) {
			total += counties.get(i).isUrbanDistrict() ? URBAN_WEIGHT : 1;
			cumulative[i] = total;
		}
		List<DataSet.Agency> agencies = new ArrayList<>(sizes.agencies());
		for (int i = 0; i < sizes.agencies(); i++) {
			Division county = counties.get(pick(cumulative, random.nextDouble() * total));
			String place = this.regions.placeName(county);
			Set<BusinessCategory> categories = CategoryMix.agency(random);
			String kind = new String[] { "52", "12", "91" }[pickShare(random, 0.55, 0.30)];
			String creditCode = CreditCodes.complete(kind + county.code() + base31(i, 9));
			LocalDate licenceFrom = LocalDate.of(2005 + random.nextInt(19), 1 + random.nextInt(12),
					1 + random.nextInt(28));
			boolean accredited = categories.stream().anyMatch(BusinessCategory::accreditationRequired);
			agencies.add(new DataSet.Agency(Names.agency(random, county.name()), creditCode, county.code(),
					place + "某路" + (1 + random.nextInt(300)) + "号", Names.person(random), Names.person(random),
					"0" + (300 + random.nextInt(600)) + "-" + (6000000 + random.nextInt(3999999)), categories,
					county.code().substring(0, 2) + String.format("%06d", i + 1),
					this.regions.get(county.province()).name() + "司法厅", licenceFrom,
					licenceFrom.plusYears(5 * (1 + random.nextInt(4))),
					accredited ? "CMA" + county.code() + String.format("%05d", i + 1) : null,
					accredited ? LocalDate.of(2026 + random.nextInt(4), 1 + random.nextInt(12), 1) : null,
					60 + random.nextInt(900), (random.nextDouble() < 0.8) ? "执业责任保险" : "执业风险金", "某保险公司（虚构）",
					"P" + county.code() + String.format("%05d", i + 1), LocalDate.of(2026 + random.nextInt(2), 12, 31),
					(random.nextDouble() < 0.03) ? "暂停执业" : "执业"));
		}
		return agencies;
	}

	private List<DataSet.Appraiser> appraisers(SplittableRandom random, Sizes sizes, List<DataSet.Agency> agencies) {
		// every agency its three, the rest weighted by a skewed size (a few large ones)
		int[] count = new int[agencies.size()];
		int left = sizes.appraisers();
		for (int i = 0; i < count.length && left > 0; i++) {
			int base = Math.min(MIN_APPRAISERS_PER_AGENCY, left);
			count[i] = base;
			left -= base;
		}
		double[] cumulative = new double[agencies.size()];
		double total = 0;
		for (int i = 0; i < agencies.size(); i++) {
			total += Math.exp(random.nextGaussian()) * agencies.get(i).categories().size();
			cumulative[i] = total;
		}
		for (int i = 0; i < left; i++) {
			count[pick(cumulative, random.nextDouble() * total)]++;
		}
		List<DataSet.Appraiser> appraisers = new ArrayList<>(sizes.appraisers());
		int serial = 0;
		for (int a = 0; a < agencies.size(); a++) {
			DataSet.Agency agency = agencies.get(a);
			for (int k = 0; k < count[a]; k++) {
				serial++;
				LocalDate issued = LocalDate.of(2000 + random.nextInt(25), 1 + random.nextInt(12),
						1 + random.nextInt(28));
				String training = "2024:" + (20 + random.nextInt(40)) + ";2025:" + (20 + random.nextInt(40));
				appraisers.add(new DataSet.Appraiser(Names.person(random),
						agency.regionCode() + String.format("%07d", serial), issued, agency.creditCode(),
						agency.regionCode(), CategoryMix.appraiser(random, agency.categories()), training,
						(random.nextDouble() < 0.02) ? "暂停执业" : "执业"));
			}
		}
		return appraisers;
	}

	/**
	 * A pool spread over the cities by their agencies: each city that has agencies gets
	 * two members first (a draw needs two certified inspectors), the rest in proportion.
	 */
	private List<DataSet.PoolPerson> pool(SplittableRandom random, int size, Map<String, Integer> agenciesPerCity,
			boolean inspectors) {
		List<String> cities = new ArrayList<>(agenciesPerCity.keySet());
		int[] count = new int[cities.size()];
		int left = size;
		for (int i = 0; i < count.length && left > 0; i++) {
			int base = Math.min(2, left);
			count[i] = base;
			left -= base;
		}
		double[] cumulative = new double[cities.size()];
		double total = 0;
		for (int i = 0; i < cities.size(); i++) {
			total += agenciesPerCity.get(cities.get(i));
			cumulative[i] = total;
		}
		for (int i = 0; i < left && total > 0; i++) {
			count[pick(cumulative, random.nextDouble() * total)]++;
		}
		List<DataSet.PoolPerson> people = new ArrayList<>(size);
		Set<String> keys = new HashSet<>();
		int serial = 0;
		for (int c = 0; c < cities.size(); c++) {
			String city = cities.get(c);
			List<Division> counties = this.regions.countiesUnder(city);
			for (int k = 0; k < count[c]; k++) {
				serial++;
				// most sit at the city's bureau, some at a county's
				Division at = (random.nextDouble() < 0.6 || counties.isEmpty()) ? this.regions.get(city)
						: counties.get(random.nextInt(counties.size()));
				String name = Names.person(random);
				if (inspectors) {
					// the first two of a city always hold a 执法证, so its draw can run
					String certNo = (k < 2 || random.nextDouble() < 0.9)
							? city.substring(0, 2) + "ZF" + String.format("%07d", serial) : null;
					String unit = unit(at);
					// without a 执法证 the registry tells people apart by name, unit and
					// region
					while (certNo == null && !keys.add(name + "|" + unit + "|" + at.code())) {
						name = Names.person(random);
					}
					people.add(new DataSet.PoolPerson(name, certNo, Set.of(), unit, at.code(),
							k < 2 || random.nextDouble() < 0.97));
				}
				else {
					Set<BusinessCategory> specialities = EnumSet.noneOf(BusinessCategory.class);
					specialities.addAll(CategoryMix.appraiser(random, EnumSet.allOf(BusinessCategory.class)));
					people.add(new DataSet.PoolPerson(name + "（专家" + serial + "）", null, specialities,
							bureauName(at) + "司法鉴定协会", at.code(), random.nextDouble() < 0.97));
				}
			}
		}
		return people;
	}

	/**
	 * The bureau a pool member works at: a municipality's 市辖区 is the city itself
	 * (北京市司法局), a province's directly administered units answer to its 司法厅.
	 */
	private String unit(Division at) {
		return bureauName(at)
				+ ((at.level() == Level.PROVINCE || at.name().startsWith("省直辖") || at.name().startsWith("自治区直辖"))
						? "司法厅" : "司法局");
	}

	private String bureauName(Division at) {
		boolean pseudoCity = at.level() == Level.CITY && (at.name().equals("市辖区") || at.name().endsWith("直辖县级行政区划"));
		return pseudoCity ? this.regions.get(at.province()).name() : at.name();
	}

	/**
	 * About 4 % of inspectors and 6 % of experts declare a conflict with an agency of
	 * their city.
	 */
	private List<DataSet.Conflict> conflicts(SplittableRandom random, List<DataSet.Agency> agencies,
			List<DataSet.PoolPerson> inspectors, List<DataSet.PoolPerson> experts) {
		Map<String, List<DataSet.Agency>> byCity = new LinkedHashMap<>();
		agencies
			.forEach((a) -> byCity.computeIfAbsent(a.regionCode().substring(0, 4), (k) -> new ArrayList<>()).add(a));
		List<DataSet.Conflict> conflicts = new ArrayList<>();
		addConflicts(random, "INSPECTOR", inspectors, 0.04, byCity, conflicts);
		addConflicts(random, "EXPERT", experts, 0.06, byCity, conflicts);
		return conflicts;
	}

	private static void addConflicts(SplittableRandom random, String kind, List<DataSet.PoolPerson> people,
			double share, Map<String, List<DataSet.Agency>> byCity, List<DataSet.Conflict> conflicts) {
		for (DataSet.PoolPerson person : people) {
			List<DataSet.Agency> near = byCity.get(person.regionCode().substring(0, 4));
			if (random.nextDouble() >= share || near == null) {
				continue;
			}
			DataSet.Agency agency = near.get(random.nextInt(near.size()));
			String conflictKind = CONFLICT_KINDS[pickShare(random, CONFLICT_KIND_SHARES)];
			conflicts.add(new DataSet.Conflict(kind, person.naturalKey(), person.regionCode(), agency.creditCode(),
					conflictKind, "生成数据：" + conflictKind,
					LocalDate.of(2016 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28))));
		}
	}

	/** One plan a year for each city with agencies, the two template kinds in turn. */
	private List<DataSet.Plan> plans(SplittableRandom random, Sizes sizes, Map<String, Integer> agenciesPerCity) {
		List<DataSet.Plan> plans = new ArrayList<>();
		for (String city : agenciesPerCity.keySet()) {
			String cityName = this.regions.find(city).map(Division::name).orElse(city);
			for (int y = 0; y < sizes.years(); y++) {
				int year = sizes.firstYear() + y;
				LocalDate start = LocalDate.of(year, 4 + random.nextInt(4), 1);
				plans.add(new DataSet.Plan(city, year, cityName + year + "年度司法鉴定机构“双随机、一公开”抽查计划（生成）", start,
						start.plusMonths(2 + random.nextInt(3)), 10 + random.nextInt(21),
						TEMPLATES[(year + Integer.parseInt(city)) % 2], 1,
						Long.toHexString(random.nextLong()) + "-" + city + "-" + year));
			}
		}
		return plans;
	}

	/** The index whose cumulative weight first exceeds {@code point}. */
	private static int pick(double[] cumulative, double point) {
		int index = Arrays.binarySearch(cumulative, point);
		int at = (index >= 0) ? index + 1 : -index - 1;
		return Math.min(at, cumulative.length - 1);
	}

	/** 0, 1, … by the given shares; the last index takes what is left. */
	static int pickShare(SplittableRandom random, double... shares) {
		double roll = random.nextDouble();
		for (int i = 0; i < shares.length; i++) {
			roll -= shares[i];
			if (roll < 0) {
				return i;
			}
		}
		return shares.length;
	}

	/**
	 * {@code value} in the credit-code characters, {@code width} long: unique per value.
	 */
	static String base31(int value, int width) {
		char[] out = new char[width];
		int rest = value;
		for (int i = width - 1; i >= 0; i--) {
			out[i] = CreditCodes.CHARSET.charAt(rest % 31);
			rest /= 31;
		}
		return new String(out);
	}

}
