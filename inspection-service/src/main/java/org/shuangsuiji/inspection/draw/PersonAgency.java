package org.shuangsuiji.inspection.draw;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person tied to an agency: a declared conflict of interest (回避), a visit in last
 * year's plans, or an exclusion recorded by a replacement.
 */
public record PersonAgency(PersonKind kind, String personId, String agencyId) implements Comparable<PersonAgency> {

	private static final Comparator<PersonAgency> ORDER = Comparator.comparing((PersonAgency p) -> p.kind().name())
		.thenComparing(PersonAgency::personId)
		.thenComparing(PersonAgency::agencyId);

	public PersonAgency {
		Ids.require(personId, "personId");
		Ids.require(agencyId, "agencyId");
		if (kind == null) {
			throw new IllegalArgumentException("person kind is required");
		}
	}

	@Override
	public int compareTo(PersonAgency other) {
		return ORDER.compare(this, other);
	}

	/** As published in a {@code /2} pool, where {@link #personId()} is the ref. */
	Map<String, Object> canonicalPseudonymous() {
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("personKind", this.kind.name());
		tree.put("ref", this.personId);
		tree.put("agencyId", this.agencyId);
		return tree;
	}

	Map<String, Object> canonical() {
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("personKind", this.kind.name());
		tree.put("personId", this.personId);
		tree.put("agencyId", this.agencyId);
		return tree;
	}

}
