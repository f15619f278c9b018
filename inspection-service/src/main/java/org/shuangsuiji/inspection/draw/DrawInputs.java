package org.shuangsuiji.inspection.draw;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.inspection.canonical.CanonicalJson;
import org.shuangsuiji.inspection.canonical.Hashes;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * Everything a draw depends on except the seed: the plan it belongs to, the rules and the
 * pool as the registry listed it. Its canonical JSON ({@link #canonicalJson()}) is what
 * the commitment hashes and what the public draw record publishes as {@code inputs}. For
 * {@code /2} that tree holds the pool under {@link Pseudonyms} and the hash of the
 * server's secret; {@link #pool()} keeps the registry's own records (names, 执法证号) for the
 * tasks and the authorised view only.
 *
 * @param algorithm the algorithm version
 * @param planId the plan
 * @param year the plan year
 * @param region the organising region
 * @param rules the published rules
 * @param pool the snapshot, with registry ids
 * @param secretHash {@code /2}: SHA-256 of the draw secret; {@code null} for {@code /1}
 * @param pseudonyms {@code /2}: the refs of the pool's people; {@link Pseudonyms#NONE}
 * for {@code /1}
 */
public record DrawInputs(DrawAlgorithm algorithm, PlanId planId, int year, RegionCode region, DrawRules rules,
		PoolSnapshot pool, String secretHash, Pseudonyms pseudonyms) {

	/** The algorithm of every new draw. */
	public static final String ALGORITHM = DrawAlgorithm.V2.label();

	public DrawInputs {
		if (algorithm == DrawAlgorithm.V2 && (secretHash == null || pseudonyms == null)) {
			throw new IllegalArgumentException("a /2 draw commits to a secret hash and publishes refs");
		}
		if (algorithm == DrawAlgorithm.V1) {
			secretHash = null;
			pseudonyms = Pseudonyms.NONE;
		}
	}

	/** Inputs of a {@code /1} draw (ADR 0401). */
	public DrawInputs(PlanId planId, int year, RegionCode region, DrawRules rules, PoolSnapshot pool) {
		this(DrawAlgorithm.V1, planId, year, region, rules, pool, null, Pseudonyms.NONE);
	}

	/** Inputs of a {@code /2} draw (ADR 0405). */
	public static DrawInputs v2(PlanId planId, int year, RegionCode region, DrawRules rules, PoolSnapshot pool,
			String secretHash, Pseudonyms pseudonyms) {
		return new DrawInputs(DrawAlgorithm.V2, planId, year, region, rules, pool, secretHash, pseudonyms);
	}

	/**
	 * The pool the algorithm runs on and the record publishes: the snapshot itself for
	 * {@code /1}; for {@code /2} every person under its ref (so ties are ordered by ref),
	 * inspectors reduced to certified yes/no, and only the conflicts and prior visits of
	 * people in the pool (no other pair can change a team).
	 */
	public PoolSnapshot publishedPool() {
		if (this.algorithm == DrawAlgorithm.V1) {
			return this.pool;
		}
		return new PoolSnapshot(this.pool.agencies(),
				this.pool.inspectors()
					.stream()
					.map((p) -> p.pseudonymous(this.pseudonyms.ref(PersonKind.INSPECTOR, p.id())))
					.toList(),
				this.pool.experts()
					.stream()
					.map((e) -> e.pseudonymous(this.pseudonyms.ref(PersonKind.EXPERT, e.id())))
					.toList(),
				pseudonymous(this.pool.conflicts()), pseudonymous(this.pool.priorInspections()));
	}

	private List<PersonAgency> pseudonymous(List<PersonAgency> pairs) {
		return pairs.stream()
			.filter((p) -> this.pseudonyms.covers(p.kind(), p.personId()))
			.map((p) -> new PersonAgency(p.kind(), this.pseudonyms.ref(p.kind(), p.personId()), p.agencyId()))
			.toList();
	}

	/**
	 * The JSON tree that is hashed, as ordered maps, lists, strings, integers and
	 * booleans.
	 */
	public Map<String, Object> canonicalTree() {
		if (this.algorithm == DrawAlgorithm.V1) {
			return privateTree();
		}
		PoolSnapshot published = publishedPool();
		Map<String, Object> pool = new LinkedHashMap<>();
		pool.put("agencies", published.agencies().stream().map(PoolAgency::canonical).toList());
		pool.put("inspectors", published.inspectors().stream().map(PoolInspector::canonicalPseudonymous).toList());
		pool.put("experts", published.experts().stream().map(PoolExpert::canonicalPseudonymous).toList());
		pool.put("conflicts", published.conflicts().stream().map(PersonAgency::canonicalPseudonymous).toList());
		pool.put("priorInspections",
				published.priorInspections().stream().map(PersonAgency::canonicalPseudonymous).toList());
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("algorithm", this.algorithm.label());
		tree.put("plan", plan());
		tree.put("secretHash", this.secretHash);
		tree.put("rules", this.rules.canonical(false));
		tree.put("pool", pool);
		return tree;
	}

	/**
	 * The inputs with registry ids, names, 执法证号 and weight reasons, in the {@code /1}
	 * shape: what {@code /1} publishes, and what a {@code /2} record keeps privately.
	 */
	public Map<String, Object> privateTree() {
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("algorithm", this.algorithm.label());
		tree.put("plan", plan());
		tree.put("rules", this.rules.canonical(true));
		tree.put("pool", this.pool.canonical());
		return tree;
	}

	private Map<String, Object> plan() {
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("id", this.planId.value());
		plan.put("year", this.year);
		plan.put("region", this.region.value());
		return plan;
	}

	public String canonicalJson() {
		return CanonicalJson.write(canonicalTree());
	}

	public String privateJson() {
		return CanonicalJson.write(privateTree());
	}

	/** Lowercase hex SHA-256 of the UTF-8 bytes of {@link #canonicalJson()}. */
	public String commitment() {
		return Hashes.sha256Hex(canonicalJson());
	}

}
