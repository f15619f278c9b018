package org.shuangsuiji.inspection.draw;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import org.shuangsuiji.inspection.plan.Sampling;
import org.shuangsuiji.inspection.plan.TeamRules;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.region.RegionLevel;

/**
 * The draw as a deterministic function of (inputs, stream key), and replacements as
 * deterministic functions of (inputs, the assignment before, the request, the event's
 * stream key). It runs on the published pool ({@link DrawInputs#publishedPool()}): for
 * {@code /2} every person id it sees is a ref. The steps are specified in
 * docs/adr/0401-verifiable-draw-algorithm.md and 0405; {@code tools/VerifyDraw.java} is a
 * separate implementation of the same text.
 */
public final class DrawEngine {

	private final DrawInputs inputs;

	private final String commitment;

	private final TeamRules team;

	private final PoolSnapshot pool;

	private final Map<String, PoolAgency> agencyById = new HashMap<>();

	private final Map<String, PoolExpert> expertById = new HashMap<>();

	private final Map<String, Integer> weightByAgency = new HashMap<>();

	/** Per person kind, per agency: the people with a declared conflict. */
	private final Map<PersonKind, Map<String, Set<String>>> conflicts = new EnumMap<>(PersonKind.class);

	/** Per person kind, per agency: who inspected it last year. */
	private final Map<PersonKind, Map<String, Set<String>>> prior = new EnumMap<>(PersonKind.class);

	public DrawEngine(DrawInputs inputs) {
		this.inputs = inputs;
		this.commitment = inputs.commitment();
		this.team = inputs.rules().team();
		this.pool = inputs.publishedPool();
		this.pool.agencies().forEach((a) -> this.agencyById.put(a.id(), a));
		this.pool.experts().forEach((e) -> this.expertById.put(e.id(), e));
		inputs.rules().weights().forEach((w) -> this.weightByAgency.put(w.agencyId(), w.weight()));
		index(this.pool.conflicts(), this.conflicts);
		index(this.pool.priorInspections(), this.prior);
	}

	private static void index(List<PersonAgency> pairs, Map<PersonKind, Map<String, Set<String>>> byKind) {
		for (PersonAgency pair : pairs) {
			byKind.computeIfAbsent(pair.kind(), (k) -> new HashMap<>())
				.computeIfAbsent(pair.agencyId(), (k) -> new HashSet<>())
				.add(pair.personId());
		}
	}

	private static Set<String> people(Map<PersonKind, Map<String, Set<String>>> byKind, PersonKind kind,
			String agencyId) {
		return byKind.getOrDefault(kind, Map.of()).getOrDefault(agencyId, Set.of());
	}

	/** The commitment of the inputs this engine was built from. */
	public String commitment() {
		return this.commitment;
	}

	/** Draws with the {@code /1} key UTF-8(seed); see {@link #draw(byte[])}. */
	public DrawResult draw(String seed) {
		return draw(seed.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Draws the agencies and their teams.
	 * @param key the key of every stream of the draw
	 * @throws RuleViolationException if the pool is empty
	 * @throws StaffingImpossibleException if an agency cannot be staffed
	 */
	public DrawResult draw(byte[] key) {
		List<PoolAgency> pool = this.pool.agencies();
		if (pool.isEmpty()) {
			throw new RuleViolationException("draw-pool-empty",
					"the registry lists no active agency in the plan's scope, so there is nothing to draw");
		}
		Sampling sampling = this.inputs.rules().sampling();
		int size = sampling.sampleSize(pool.size());
		List<PoolAgency> drawn = (sampling instanceof Sampling.All) ? pool
				: sample(pool, size, new RandomStream(key, this.commitment, "agencies"));
		Loads loads = new Loads();
		List<DrawnAgency> result = new ArrayList<>(drawn.size());
		for (PoolAgency agency : drawn) {
			RandomStream stream = new RandomStream(key, this.commitment, "team:" + agency.id());
			result.add(new DrawnAgency(agency.id(), staff(agency, loads, Set.of(), stream)));
		}
		return new DrawResult(pool.size(), size, sampling.floorApplied(pool.size()), result);
	}

	/**
	 * The people who take the leaving person's place on an agency's team: one inspector
	 * for an inspector; for an expert, experts for the inspected categories the rest of
	 * the team no longer covers (none when it still covers them all).
	 */
	public List<TeamMember> substitutesFor(Assignment current, int seq, String agencyId, TeamMember leaving,
			byte[] key) {
		DrawnAgency drawn = current.agency(agencyId)
			.orElseThrow(() -> new RuleViolationException("replacement-invalid",
					"agency " + agencyId + " is not among the drawn agencies")
				.with("agencyId", agencyId));
		if (!drawn.team().contains(leaving)) {
			throw new RuleViolationException("replacement-invalid",
					leaving.kind() + " " + leaving.personId() + " is not on the team of agency " + agencyId)
				.with("personId", leaving.personId());
		}
		PoolAgency agency = this.agencyById.get(agencyId);
		Loads loads = Loads.of(current);
		loads.add(leaving, -1);
		Set<PersonAgency> exclusions = new HashSet<>(current.exclusions());
		exclusions.add(new PersonAgency(leaving.kind(), leaving.personId(), agencyId));
		List<TeamMember> remaining = drawn.team().stream().filter((m) -> !m.equals(leaving)).toList();
		RandomStream stream = new RandomStream(key, this.commitment, "replacement:" + seq);
		if (leaving.kind() == PersonKind.INSPECTOR) {
			return pickInspectors(agency, 1, remaining, loads, exclusions, stream);
		}
		return coverExperts(agency, remaining, loads, exclusions, stream);
	}

	/** The agency that takes a withdrawn agency's place, with a newly drawn team. */
	public DrawnAgency substituteFor(Assignment current, int seq, String agencyId, byte[] key) {
		DrawnAgency leaving = current.agency(agencyId)
			.orElseThrow(() -> new RuleViolationException("replacement-invalid",
					"agency " + agencyId + " is not among the drawn agencies")
				.with("agencyId", agencyId));
		Loads loads = Loads.of(current);
		leaving.team().forEach((m) -> loads.add(m, -1));
		Set<String> taken = new HashSet<>(current.withdrawn());
		current.agencies().forEach((a) -> taken.add(a.agencyId()));
		List<PoolAgency> candidates = this.pool.agencies().stream().filter((a) -> !taken.contains(a.id())).toList();
		if (candidates.isEmpty()) {
			throw new RuleViolationException("draw-no-substitute-agency",
					"every agency of the pool has been drawn or withdrawn; there is no substitute for " + agencyId)
				.with("agencyId", agencyId);
		}
		RandomStream stream = new RandomStream(key, this.commitment, "replacement:" + seq);
		PoolAgency substitute = sample(candidates, 1, stream).get(0);
		return new DrawnAgency(substitute.id(), staff(substitute, loads, current.exclusions(), stream));
	}

	/**
	 * Successive weighted sampling without replacement, in integers: each pick draws
	 * {@code r = below(total weight of the remaining candidates)} and takes the first
	 * candidate, in id order, whose running weight sum exceeds {@code r}. Same
	 * distribution as Efraimidis–Spirakis keys, without floating point.
	 */
	private List<PoolAgency> sample(List<PoolAgency> candidates, int count, RandomStream stream) {
		List<PoolAgency> remaining = new ArrayList<>(candidates);
		List<Integer> weights = new ArrayList<>(candidates.size());
		long total = 0;
		for (PoolAgency agency : candidates) {
			int weight = this.weightByAgency.getOrDefault(agency.id(), 1);
			weights.add(weight);
			total += weight;
		}
		List<PoolAgency> picked = new ArrayList<>(count);
		for (int pick = 0; pick < count; pick++) {
			long r = stream.below(total);
			int index = 0;
			long running = weights.get(0);
			while (running <= r) {
				index++;
				running += weights.get(index);
			}
			picked.add(remaining.remove(index));
			total -= weights.remove(index);
		}
		return picked;
	}

	private List<TeamMember> staff(PoolAgency agency, Loads loads, Set<PersonAgency> exclusions, RandomStream stream) {
		List<TeamMember> team = new ArrayList<>(
				pickInspectors(agency, this.team.inspectorsPerTeam(), List.of(), loads, exclusions, stream));
		if (this.team.expertRequired()) {
			team.addAll(coverExperts(agency, team, loads, exclusions, stream));
		}
		return team;
	}

	private List<TeamMember> pickInspectors(PoolAgency agency, int needed, List<TeamMember> onTeam, Loads loads,
			Set<PersonAgency> exclusions, RandomStream stream) {
		Set<String> taken = ids(onTeam, PersonKind.INSPECTOR);
		List<Check<PoolInspector>> checks = new ArrayList<>();
		checks.add(new Check<>(StaffingRule.CERTIFIED_INSPECTORS, PoolInspector::certified));
		checks.add(new Check<>(StaffingRule.RECUSAL,
				recusal(PersonKind.INSPECTOR, agency, exclusions, PoolInspector::id)));
		if (this.team.excludeSameCounty()) {
			checks.add(new Check<>(StaffingRule.SAME_COUNTY, (p) -> !sameCounty(p.region(), agency.region())));
		}
		options(checks, PersonKind.INSPECTOR, PoolInspector::id, agency, loads);
		List<PoolInspector> eligible = eligible(agency, needed, null, this.pool.inspectors(),
				(p) -> !taken.contains(p.id()), checks);
		List<TeamMember> picked = new ArrayList<>(needed);
		for (int i = 0; i < needed; i++) {
			PoolInspector chosen = leastLoaded(eligible, (p) -> loads.get(PersonKind.INSPECTOR, p.id()), stream);
			eligible.remove(chosen);
			TeamMember member = new TeamMember(PersonKind.INSPECTOR, chosen.id());
			loads.add(member, 1);
			picked.add(member);
		}
		return picked;
	}

	/**
	 * Experts so that the team covers every inspected category of the agency: for each
	 * such category in code order that the team does not cover yet, one expert with that
	 * speciality. A team with no expert afterwards (an agency without inspected
	 * categories) gets one expert of any speciality.
	 */
	private List<TeamMember> coverExperts(PoolAgency agency, List<TeamMember> onTeam, Loads loads,
			Set<PersonAgency> exclusions, RandomStream stream) {
		Set<BusinessCategory> covered = new HashSet<>();
		List<TeamMember> team = new ArrayList<>(onTeam);
		for (TeamMember member : onTeam) {
			if (member.kind() == PersonKind.EXPERT && this.expertById.containsKey(member.personId())) {
				covered.addAll(this.expertById.get(member.personId()).specialities());
			}
		}
		List<TeamMember> picked = new ArrayList<>();
		for (BusinessCategory category : this.inputs.rules().inspectedCategories(agency)) {
			if (!covered.contains(category)) {
				PoolExpert chosen = pickExpert(agency, category, team, loads, exclusions, stream);
				covered.addAll(chosen.specialities());
				TeamMember member = new TeamMember(PersonKind.EXPERT, chosen.id());
				team.add(member);
				picked.add(member);
			}
		}
		if (team.stream().noneMatch((m) -> m.kind() == PersonKind.EXPERT)) {
			PoolExpert chosen = pickExpert(agency, null, team, loads, exclusions, stream);
			picked.add(new TeamMember(PersonKind.EXPERT, chosen.id()));
		}
		return picked;
	}

	private PoolExpert pickExpert(PoolAgency agency, BusinessCategory category, List<TeamMember> team, Loads loads,
			Set<PersonAgency> exclusions, RandomStream stream) {
		Set<String> taken = ids(team, PersonKind.EXPERT);
		List<Check<PoolExpert>> checks = new ArrayList<>();
		checks.add(new Check<>(StaffingRule.EXPERT_SPECIALITY,
				(e) -> category == null || e.specialities().contains(category)));
		checks.add(new Check<>(StaffingRule.RECUSAL, recusal(PersonKind.EXPERT, agency, exclusions, PoolExpert::id)));
		options(checks, PersonKind.EXPERT, PoolExpert::id, agency, loads);
		List<PoolExpert> eligible = eligible(agency, 1, category, this.pool.experts(), (e) -> !taken.contains(e.id()),
				checks);
		PoolExpert chosen = leastLoaded(eligible, (e) -> loads.get(PersonKind.EXPERT, e.id()), stream);
		loads.add(new TeamMember(PersonKind.EXPERT, chosen.id()), 1);
		return chosen;
	}

	private <T> void options(List<Check<T>> checks, PersonKind kind, Function<T, String> id, PoolAgency agency,
			Loads loads) {
		if (this.team.excludeInspectedLastYear()) {
			Set<String> visited = people(this.prior, kind, agency.id());
			checks.add(new Check<>(StaffingRule.INSPECTED_LAST_YEAR, (p) -> !visited.contains(id.apply(p))));
		}
		Integer max = this.team.maxInspectionsPerPerson();
		if (max != null) {
			checks.add(new Check<>(StaffingRule.MAX_INSPECTIONS_PER_PERSON, (p) -> loads.get(kind, id.apply(p)) < max));
		}
	}

	/**
	 * No declared conflict with the agency, and not taken off its team by a replacement.
	 */
	private <T> Predicate<T> recusal(PersonKind kind, PoolAgency agency, Set<PersonAgency> exclusions,
			Function<T, String> id) {
		Set<String> declared = people(this.conflicts, kind, agency.id());
		return (p) -> !declared.contains(id.apply(p))
				&& (exclusions.isEmpty() || !exclusions.contains(new PersonAgency(kind, id.apply(p), agency.id())));
	}

	/**
	 * The candidates (in pool order) that pass every check, in one pass. Equivalent to
	 * applying the checks one after the other: the first check after which fewer than
	 * {@code needed} remain is the rule named in the 422.
	 */
	private static <T> List<T> eligible(PoolAgency agency, int needed, BusinessCategory category, List<T> pool,
			Predicate<T> free, List<Check<T>> checks) {
		int[] passing = new int[checks.size()];
		List<T> eligible = new ArrayList<>();
		for (T candidate : pool) {
			if (!free.test(candidate)) {
				continue;
			}
			int passed = 0;
			while (passed < checks.size() && checks.get(passed).keep().test(candidate)) {
				passing[passed++]++;
			}
			if (passed == checks.size()) {
				eligible.add(candidate);
			}
		}
		for (int i = 0; i < checks.size(); i++) {
			if (passing[i] < needed) {
				throw new StaffingImpossibleException(agency, checks.get(i).rule(), category, passing[i], needed);
			}
		}
		return eligible;
	}

	private static Set<String> ids(List<TeamMember> team, PersonKind kind) {
		Set<String> ids = new HashSet<>();
		team.stream().filter((m) -> m.kind() == kind).forEach((m) -> ids.add(m.personId()));
		return ids;
	}

	/**
	 * Both codes are county-level (县级) and equal; a city-level inspector is in no county.
	 */
	static boolean sameCounty(RegionCode person, RegionCode agency) {
		return person.level() == RegionLevel.COUNTY && person.equals(agency);
	}

	/** Uniformly among the candidates with the fewest teams so far, ties in id order. */
	private static <T> T leastLoaded(List<T> candidates, ToIntFunction<T> load, RandomStream stream) {
		int min = Integer.MAX_VALUE;
		for (T candidate : candidates) {
			min = Math.min(min, load.applyAsInt(candidate));
		}
		List<T> ties = new ArrayList<>();
		for (T candidate : candidates) {
			if (load.applyAsInt(candidate) == min) {
				ties.add(candidate);
			}
		}
		return ties.get((int) stream.below(ties.size()));
	}

	/** A rule and the candidates it keeps. */
	private record Check<T>(StaffingRule rule, Predicate<T> keep) {
	}

	/** How many teams each person sits on while a draw or replacement runs. */
	private static final class Loads {

		private final Map<PersonKind, Map<String, Integer>> counts = new EnumMap<>(PersonKind.class);

		static Loads of(Assignment assignment) {
			Loads loads = new Loads();
			assignment.agencies().forEach((a) -> a.team().forEach((m) -> loads.add(m, 1)));
			return loads;
		}

		int get(PersonKind kind, String personId) {
			return this.counts.getOrDefault(kind, Map.of()).getOrDefault(personId, 0);
		}

		void add(TeamMember member, int delta) {
			this.counts.computeIfAbsent(member.kind(), (k) -> new HashMap<>())
				.merge(member.personId(), delta, Integer::sum);
		}

	}

}
