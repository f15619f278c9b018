package org.shuangsuiji.inspection.draw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.shuangsuiji.inspection.plan.AgencyWeight;
import org.shuangsuiji.inspection.plan.PlanFixtures;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.Sampling;
import org.shuangsuiji.inspection.plan.TeamRules;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;

/** Pools of 新乡 agencies, inspectors and experts for draw tests (fictional). */
public final class DrawFixtures {

	public static final PlanId PLAN = new PlanId("plan-xinxiang-2024");

	/** The twelve county-level divisions of 新乡市. */
	public static final List<String> COUNTIES = List.of("410702", "410703", "410704", "410711", "410721", "410724",
			"410725", "410726", "410727", "410781", "410782", "410783");

	private DrawFixtures() {
	}

	public static PoolAgency agency(String id, String region, BusinessCategory... categories) {
		return new PoolAgency(id, "新乡" + id + "司法鉴定所", "91410700MA" + id, RegionCode.of(region),
				Arrays.asList(categories));
	}

	public static PoolInspector inspector(String id, String region) {
		return new PoolInspector(id, "检查员" + id, "豫执法" + id, RegionCode.of(region));
	}

	public static PoolInspector uncertified(String id, String region) {
		return new PoolInspector(id, "无证" + id, "", RegionCode.of(region));
	}

	public static PoolExpert expert(String id, BusinessCategory... specialities) {
		return new PoolExpert(id, "专家" + id, RegionCode.of("410700"), Arrays.asList(specialities));
	}

	public static PersonAgency conflict(String inspectorId, String agencyId) {
		return new PersonAgency(PersonKind.INSPECTOR, inspectorId, agencyId);
	}

	/** {@code n} agencies a0000 … spread over the counties, each with 法医临床. */
	public static List<PoolAgency> agencies(int n) {
		List<PoolAgency> agencies = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			agencies.add(agency(String.format("a%04d", i), COUNTIES.get(i % COUNTIES.size()),
					BusinessCategory.FORENSIC_CLINICAL));
		}
		return agencies;
	}

	/** {@code n} certified inspectors i0000 … at the city bureau. */
	public static List<PoolInspector> inspectors(int n) {
		List<PoolInspector> inspectors = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			inspectors.add(inspector(String.format("i%04d", i), "410700"));
		}
		return inspectors;
	}

	public static PoolSnapshot pool(List<PoolAgency> agencies, List<PoolInspector> inspectors) {
		return new PoolSnapshot(agencies, inspectors, List.of(), List.of(), List.of());
	}

	public static DrawInputs inputs(Sampling sampling, TeamRules team, PoolSnapshot pool) {
		return inputs(sampling, team, List.of(), List.of(), pool);
	}

	public static DrawInputs inputs(Sampling sampling, TeamRules team, List<AgencyWeight> weights,
			List<BusinessCategory> categories, PoolSnapshot pool) {
		return new DrawInputs(PLAN, 2024, PlanFixtures.XINXIANG,
				new DrawRules(PlanFixtures.XINXIANG, categories, sampling, team, weights), pool);
	}

}
