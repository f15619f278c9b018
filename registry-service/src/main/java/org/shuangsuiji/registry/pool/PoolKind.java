package org.shuangsuiji.registry.pool;

import java.util.List;
import java.util.Optional;

import org.shuangsuiji.registry.history.SubjectKind;
import org.shuangsuiji.registry.input.Problems;
import org.shuangsuiji.registry.region.RegionTree;

/**
 * One of the two pools, and what differs between them: the checks of a member, how a
 * member is named, the history it keeps. Everything else (keeping, reading, importing a
 * pool) is one implementation for both.
 *
 * @param <M> the member type
 */
public final class PoolKind<M extends PoolMember> {

	/** The inspector pool (执法检查人员). */
	public static final PoolKind<Inspector> INSPECTORS = new PoolKind<>("inspectors", "inspector",
			SubjectKind.INSPECTOR, PoolRules::inspector, Inspector::withIdentity);

	/** The expert pool (鉴定专家). */
	public static final PoolKind<Expert> EXPERTS = new PoolKind<>("experts", "expert", SubjectKind.EXPERT,
			PoolRules::expert, Expert::withIdentity);

	private final String path;

	private final String noun;

	private final SubjectKind subject;

	private final Check<M> check;

	private final Identity<M> identity;

	private PoolKind(String path, String noun, SubjectKind subject, Check<M> check, Identity<M> identity) {
		this.path = path;
		this.noun = noun;
		this.subject = subject;
		this.check = check;
		this.identity = identity;
	}

	public static List<PoolKind<?>> all() {
		return List.of(INSPECTORS, EXPERTS);
	}

	/** By the path segment of the API ({@code inspectors}, {@code experts}). */
	public static Optional<PoolKind<?>> fromPath(String path) {
		return all().stream().filter((kind) -> kind.path.equals(path)).findFirst();
	}

	public String path() {
		return this.path;
	}

	/** What one member is called ({@code inspector}, {@code expert}). */
	public String noun() {
		return this.noun;
	}

	/** The kind of record in the history. */
	public SubjectKind subject() {
		return this.subject;
	}

	/**
	 * The member the input describes, or empty with every fault in {@code problems}.
	 */
	public Optional<M> check(String id, PoolInput input, Long version, RegionTree tree, Problems problems) {
		return this.check.check(id, input, version, tree, problems);
	}

	/** The same member under a stored id and version (an import's upsert). */
	public M withIdentity(M member, String id, Long version) {
		return this.identity.with(member, id, version);
	}

	@Override
	public String toString() {
		return this.path;
	}

	@FunctionalInterface
	private interface Check<M> {

		Optional<M> check(String id, PoolInput input, Long version, RegionTree tree, Problems problems);

	}

	@FunctionalInterface
	private interface Identity<M> {

		M with(M member, String id, Long version);

	}

}
