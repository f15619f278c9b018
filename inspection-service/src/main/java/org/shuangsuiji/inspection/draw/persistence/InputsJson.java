package org.shuangsuiji.inspection.draw.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.inspection.draw.DrawInputs;
import org.shuangsuiji.inspection.draw.DrawRules;
import org.shuangsuiji.inspection.draw.PersonAgency;
import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.draw.PoolAgency;
import org.shuangsuiji.inspection.draw.PoolExpert;
import org.shuangsuiji.inspection.draw.PoolInspector;
import org.shuangsuiji.inspection.draw.PoolSnapshot;
import org.shuangsuiji.inspection.plan.AgencyWeight;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.inspection.plan.Sampling;
import org.shuangsuiji.inspection.plan.TeamRules;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * Reads the canonical inputs JSON ({@link DrawInputs#canonicalTree()}) back into the
 * domain.
 */
final class InputsJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private InputsJson() {
	}

	@SuppressWarnings("unchecked")
	static DrawInputs parse(String canonicalJson) {
		Map<String, Object> tree = JSON.readValue(canonicalJson, Map.class);
		Map<String, Object> plan = map(tree, "plan");
		Map<String, Object> rules = map(tree, "rules");
		Map<String, Object> pool = map(tree, "pool");
		Map<String, Object> sampling = map(rules, "sampling");
		TeamRules team = new TeamRules(integer(rules, "inspectorsPerTeam"), (Boolean) rules.get("expertRequired"),
				(Boolean) rules.get("excludeSameCounty"), (Boolean) rules.get("excludeInspectedLastYear"),
				rules.containsKey("maxInspectionsPerPerson") ? integer(rules, "maxInspectionsPerPerson") : null);
		DrawRules drawRules = new DrawRules(RegionCode.of(text(rules, "scopeRegion")),
				categories((List<Object>) rules.get("categories")),
				Sampling.of(text(sampling, "mode"), sampling.containsKey("value") ? integer(sampling, "value") : null),
				team, list(rules, "weights",
						(w) -> new AgencyWeight(text(w, "agencyId"), integer(w, "weight"), text(w, "reason"))));
		PoolSnapshot snapshot = new PoolSnapshot(
				list(pool, "agencies",
						(a) -> new PoolAgency(text(a, "id"), text(a, "name"), text(a, "creditCode"),
								RegionCode.of(text(a, "regionCode")), categories((List<Object>) a.get("categories")))),
				list(pool, "inspectors",
						(p) -> new PoolInspector(text(p, "id"), text(p, "name"), text(p, "lawEnforcementCertNo"),
								RegionCode.of(text(p, "regionCode")))),
				list(pool, "experts",
						(e) -> new PoolExpert(text(e, "id"), text(e, "name"), RegionCode.of(text(e, "regionCode")),
								categories((List<Object>) e.get("specialities")))),
				list(pool, "conflicts", InputsJson::pair), list(pool, "priorInspections", InputsJson::pair));
		return new DrawInputs(new PlanId(text(plan, "id")), integer(plan, "year"), RegionCode.of(text(plan, "region")),
				drawRules, snapshot);
	}

	/** The {@code secretHash} of {@code /2} published inputs. */
	@SuppressWarnings("unchecked")
	static String secretHash(String canonicalJson) {
		return text(JSON.readValue(canonicalJson, Map.class), "secretHash");
	}

	private static PersonAgency pair(Map<String, Object> pair) {
		return new PersonAgency(PersonKind.valueOf(text(pair, "personKind")), text(pair, "personId"),
				text(pair, "agencyId"));
	}

	private static List<BusinessCategory> categories(List<Object> codes) {
		return codes.stream().map((code) -> BusinessCategory.valueOf(String.valueOf(code))).toList();
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> list(Map<String, Object> tree, String key, Function<Map<String, Object>, T> read) {
		List<T> items = new ArrayList<>();
		for (Object item : (List<Object>) tree.get(key)) {
			items.add(read.apply((Map<String, Object>) item));
		}
		return items;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> tree, String key) {
		return (Map<String, Object>) tree.get(key);
	}

	private static String text(Map<String, Object> tree, String key) {
		return (String) tree.get(key);
	}

	private static int integer(Map<String, Object> tree, String key) {
		return ((Number) tree.get(key)).intValue();
	}

}
