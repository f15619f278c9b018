package org.shuangsuiji.inspection.draw;

import java.util.LinkedHashMap;
import java.util.Map;

import org.shuangsuiji.inspection.canonical.CanonicalJson;
import org.shuangsuiji.inspection.canonical.Hashes;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * Everything a draw depends on except the seed: the plan it belongs to, the rules and the
 * pool. Its canonical JSON ({@link #canonicalJson()}) is what the commitment hashes and
 * what the public draw record publishes as {@code inputs}.
 *
 * @param planId the plan
 * @param year the plan year
 * @param region the organising region
 * @param rules the published rules
 * @param pool the snapshot
 */
public record DrawInputs(PlanId planId, int year, RegionCode region, DrawRules rules, PoolSnapshot pool) {

	/**
	 * Names the algorithm; a change to the algorithm gets a new version so old draws
	 * still verify.
	 */
	public static final String ALGORITHM = "shuangsuiji-draw/1";

	/**
	 * The JSON tree that is hashed, as ordered maps, lists, strings, integers and
	 * booleans.
	 */
	public Map<String, Object> canonicalTree() {
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("id", this.planId.value());
		plan.put("year", this.year);
		plan.put("region", this.region.value());
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("algorithm", ALGORITHM);
		tree.put("plan", plan);
		tree.put("rules", this.rules.canonical());
		tree.put("pool", this.pool.canonical());
		return tree;
	}

	public String canonicalJson() {
		return CanonicalJson.write(canonicalTree());
	}

	/** Lowercase hex SHA-256 of the UTF-8 bytes of {@link #canonicalJson()}. */
	public String commitment() {
		return Hashes.sha256Hex(canonicalJson());
	}

}
