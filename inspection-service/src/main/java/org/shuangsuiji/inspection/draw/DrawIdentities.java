package org.shuangsuiji.inspection.draw;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.AgencyWeight;

/**
 * What the public draw record leaves out (ADR 0405), for those entitled to it: who each
 * ref is, and, for the organiser, the free texts and operators. The organising bureau
 * sees all of it; a drawn team member sees their own entry only.
 *
 * @param algorithm the record's algorithm
 * @param people the people shown, in (kind, ref) order
 * @param weights organiser only: the weights' reasons
 * @param replacements organiser only: each replacement's reason and operator
 * @param committedBy organiser only: who committed
 * @param drawnBy organiser only: who drew
 */
public record DrawIdentities(DrawAlgorithm algorithm, List<Person> people, List<AgencyWeight> weights,
		List<ReplacementNote> replacements, Actor committedBy, Actor drawnBy) {

	/** Everything, for the organising bureau. */
	static DrawIdentities all(DrawRecord record) {
		return new DrawIdentities(record.algorithm(), people(record, (p) -> true), record.inputs().rules().weights(),
				record.replacements()
					.stream()
					.map((r) -> new ReplacementNote(r.seq(), r.reason(), r.by(), r.at()))
					.toList(),
				record.committedBy(), record.drawnBy());
	}

	/** Only the caller's own entry, for a member of a drawn team. */
	static DrawIdentities own(DrawRecord record, TeamMember self) {
		return new DrawIdentities(record.algorithm(), people(record, self::equals), List.of(), List.of(), null, null);
	}

	/** Whether the person sat on any team of the draw, before or after a replacement. */
	static boolean wasDrawn(DrawRecord record, TeamMember person) {
		if (!record.drawn()) {
			return false;
		}
		Set<TeamMember> drawn = new HashSet<>();
		record.result().agencies().forEach((a) -> drawn.addAll(a.team()));
		for (Replacement replacement : record.replacements()) {
			if (replacement instanceof PersonReplacement p) {
				drawn.addAll(p.substitutes());
			}
			else if (replacement instanceof AgencyReplacement a) {
				drawn.addAll(a.substitute().team());
			}
		}
		return drawn.contains(person);
	}

	private static List<Person> people(DrawRecord record, Predicate<TeamMember> shown) {
		Pseudonyms pseudonyms = record.inputs().pseudonyms();
		Map<String, PoolInspector> inspectors = record.inputs()
			.pool()
			.inspectors()
			.stream()
			.collect(Collectors.toMap(PoolInspector::id, Function.identity()));
		Map<String, PoolExpert> experts = record.inputs()
			.pool()
			.experts()
			.stream()
			.collect(Collectors.toMap(PoolExpert::id, Function.identity()));
		List<Person> people = new ArrayList<>();
		inspectors.values().forEach((p) -> {
			if (shown.test(new TeamMember(PersonKind.INSPECTOR, p.id()))) {
				people.add(new Person(PersonKind.INSPECTOR, pseudonyms.ref(PersonKind.INSPECTOR, p.id()), p.id(),
						p.name(), p.lawEnforcementCertNo()));
			}
		});
		experts.values().forEach((e) -> {
			if (shown.test(new TeamMember(PersonKind.EXPERT, e.id()))) {
				people.add(new Person(PersonKind.EXPERT, pseudonyms.ref(PersonKind.EXPERT, e.id()), e.id(), e.name(),
						null));
			}
		});
		people.sort(Comparator.comparing((Person p) -> p.kind().name()).thenComparing(Person::ref));
		return people;
	}

	/**
	 * A person of the pool and their ref ({@code ref} = {@code personId} in {@code /1}).
	 */
	public record Person(PersonKind kind, String ref, String personId, String name, String lawEnforcementCertNo) {
	}

	/** A replacement's free-text reason and who recorded it. */
	public record ReplacementNote(int seq, String reason, Actor by, Instant at) {
	}

}
