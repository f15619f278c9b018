package org.shuangsuiji.inspection.draw;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The refs under which a {@code /2} draw publishes its people (ADR 0405): ref = the first
 * {@value #SHORT} hex digits of HMAC-SHA256(key = the draw's privacy salt, message =
 * UTF-8(personId)), all 64 if two people of the pool would share the short form. The salt
 * is used once at commitment and kept nowhere; this table is what stays, private, so the
 * organiser and each person can see who a ref is. {@link #NONE} (a {@code /1} draw) maps
 * every person to its own id.
 */
public final class Pseudonyms {

	static final int SHORT = 16;

	public static final Pseudonyms NONE = new Pseudonyms(List.of());

	private final List<Entry> entries;

	private final Map<TeamMember, String> refOf = new HashMap<>();

	private final Map<TeamMember, String> personOf = new HashMap<>();

	public Pseudonyms(List<Entry> entries) {
		this.entries = entries.stream()
			.sorted(Comparator.comparing((Entry e) -> e.kind().name()).thenComparing(Entry::ref))
			.toList();
		for (Entry entry : this.entries) {
			if (this.refOf.put(new TeamMember(entry.kind(), entry.personId()), entry.ref()) != null
					|| this.personOf.put(new TeamMember(entry.kind(), entry.ref()), entry.personId()) != null) {
				throw new IllegalArgumentException("pseudonyms list " + entry.kind() + " " + entry.ref() + " twice");
			}
		}
	}

	/** Refs for every inspector and expert of the pool, under a fresh salt. */
	public static Pseudonyms derive(SecureRandom random, PoolSnapshot pool) {
		byte[] salt = new byte[32];
		random.nextBytes(salt);
		return derive(salt, pool);
	}

	/**
	 * Refs under a given salt (tests and fixtures; the service always draws a fresh one).
	 */
	public static Pseudonyms derive(byte[] salt, PoolSnapshot pool) {
		List<TeamMember> people = new ArrayList<>();
		pool.inspectors().forEach((p) -> people.add(new TeamMember(PersonKind.INSPECTOR, p.id())));
		pool.experts().forEach((e) -> people.add(new TeamMember(PersonKind.EXPERT, e.id())));
		Map<TeamMember, String> full = new HashMap<>();
		Set<String> shortForms = new HashSet<>();
		boolean collision = false;
		for (TeamMember person : people) {
			String ref = HexFormat.of().formatHex(DrawSecret.hmac(salt, person.personId()));
			full.put(person, ref);
			collision |= !shortForms.add(ref.substring(0, SHORT));
		}
		int length = collision ? 64 : SHORT;
		List<Entry> entries = new ArrayList<>();
		people.forEach((p) -> entries.add(new Entry(p.kind(), p.personId(), full.get(p).substring(0, length))));
		return new Pseudonyms(entries);
	}

	public List<Entry> entries() {
		return this.entries;
	}

	public boolean none() {
		return this.entries.isEmpty();
	}

	public boolean covers(PersonKind kind, String personId) {
		return none() || this.refOf.containsKey(new TeamMember(kind, personId));
	}

	public String ref(PersonKind kind, String personId) {
		if (none()) {
			return personId;
		}
		String ref = this.refOf.get(new TeamMember(kind, personId));
		if (ref == null) {
			throw new IllegalArgumentException(kind + " " + personId + " is not in the draw's pool");
		}
		return ref;
	}

	public TeamMember toRef(TeamMember person) {
		return new TeamMember(person.kind(), ref(person.kind(), person.personId()));
	}

	public TeamMember toPerson(TeamMember ref) {
		if (none()) {
			return ref;
		}
		String personId = this.personOf.get(ref);
		if (personId == null) {
			throw new IllegalArgumentException(ref.kind() + " ref " + ref.personId() + " is not in the draw's pool");
		}
		return new TeamMember(ref.kind(), personId);
	}

	List<TeamMember> toRefs(List<TeamMember> people) {
		return people.stream().map(this::toRef).toList();
	}

	List<TeamMember> toPersons(List<TeamMember> refs) {
		return refs.stream().map(this::toPerson).toList();
	}

	DrawnAgency toRefs(DrawnAgency agency) {
		return new DrawnAgency(agency.agencyId(), toRefs(agency.team()));
	}

	DrawnAgency toPersons(DrawnAgency agency) {
		return new DrawnAgency(agency.agencyId(), toPersons(agency.team()));
	}

	DrawResult toRefs(DrawResult result) {
		return new DrawResult(result.poolSize(), result.sampleSize(), result.floorApplied(),
				result.agencies().stream().map(this::toRefs).toList());
	}

	DrawResult toPersons(DrawResult result) {
		return new DrawResult(result.poolSize(), result.sampleSize(), result.floorApplied(),
				result.agencies().stream().map(this::toPersons).toList());
	}

	Assignment toRefs(Assignment assignment) {
		Set<PersonAgency> exclusions = new TreeSet<>();
		assignment.exclusions()
			.forEach((e) -> exclusions.add(new PersonAgency(e.kind(), ref(e.kind(), e.personId()), e.agencyId())));
		return new Assignment(assignment.agencies().stream().map(this::toRefs).toList(), exclusions,
				assignment.withdrawn());
	}

	/** A person of the pool and the ref the draw publishes for them. */
	public record Entry(PersonKind kind, String personId, String ref) {

		public Entry {
			Ids.require(personId, "personId");
			Ids.require(ref, "ref");
			if (kind == null) {
				throw new IllegalArgumentException("person kind is required");
			}
		}

	}

}
