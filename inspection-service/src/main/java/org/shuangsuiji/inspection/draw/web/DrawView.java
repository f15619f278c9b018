package org.shuangsuiji.inspection.draw.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.shuangsuiji.inspection.draw.AgencyReplacement;
import org.shuangsuiji.inspection.draw.Assignment;
import org.shuangsuiji.inspection.draw.DrawAlgorithm;
import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.DrawnAgency;
import org.shuangsuiji.inspection.draw.PersonReplacement;
import org.shuangsuiji.inspection.draw.Pseudonyms;
import org.shuangsuiji.inspection.draw.Replacement;
import org.shuangsuiji.inspection.draw.Seed;
import org.shuangsuiji.inspection.draw.TeamMember;
import org.shuangsuiji.inspection.plan.Plan;

/**
 * The draw record: everything needed to re-run the draw and every replacement from this
 * document alone ({@code tools/VerifyDraw.java}). {@code inputs} is the exact JSON tree
 * whose canonical form the commitment hashes. The public record (ADR 0405) names no
 * person: {@code /2} team members are refs, operators are the organising bureau's region
 * code, replacements carry no free-text reason, {@code secret} appears once drawn. The
 * organiser's copy (the answer to its own draw requests) adds each member's
 * {@code personId} and {@code name}.
 */
public record DrawView(String planId, String planTitle, String status, String algorithm, String canonicalization,
		String commitment, Instant committedAt, String committedBy, Map<String, Object> inputs, String secret,
		SeedView seed, Instant drawnAt, String drawnBy, ResultView result, List<ReplacementView> replacements,
		CurrentView current) {

	static final String CANONICALIZATION = "SHA-256 (lowercase hex) of the UTF-8 bytes of the canonical JSON of inputs: "
			+ "RFC 8785 subset, object keys sorted by UTF-16 code units, no whitespace, integers only, "
			+ "strings escaping only quotation mark, reverse solidus and control characters";

	/** The public record. */
	static DrawView of(Plan plan, DrawRecord record) {
		return of(plan, record, false);
	}

	/**
	 * @param identified whether members also carry their registry id and name (the
	 * organiser's copy)
	 */
	static DrawView of(Plan plan, DrawRecord record, boolean identified) {
		Names names = new Names(record, identified);
		String bureau = plan.terms().region().value();
		boolean v2 = record.algorithm() == DrawAlgorithm.V2;
		return new DrawView(plan.id().value(), plan.terms().title(), record.drawn() ? "DRAWN" : "COMMITTED",
				record.algorithm().label(), CANONICALIZATION, record.commitment(), record.committedAt(), bureau,
				record.inputs().canonicalTree(), (v2 && record.drawn()) ? record.secret().hex() : null,
				SeedView.of(record.seed()), record.drawnAt(), record.drawn() ? bureau : null,
				(record.result() != null) ? new ResultView(record.result().poolSize(), record.result().sampleSize(),
						record.result().floorApplied(), record.result().agencies().stream().map(names::drawn).toList())
						: null,
				record.replacements().stream().map((r) -> ReplacementView.of(r, names, bureau)).toList(),
				record.drawn() ? CurrentView.of(record.current(), names) : null);
	}

	/** A seed and where it came from. */
	public record SeedView(String value, String source, String note) {

		static SeedView of(Seed seed) {
			return (seed != null) ? new SeedView(seed.value(), seed.source().name(), seed.note()) : null;
		}

	}

	/**
	 * A team member; {@code kind} INSPECTOR or EXPERT. {@code /2}: {@code ref}, plus
	 * {@code personId} and {@code name} in the organiser's copy only; {@code /1}:
	 * {@code personId} and {@code name}.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record MemberView(String kind, String ref, String personId, String name) {
	}

	/** A drawn agency and its team in draw order. */
	public record DrawnView(String agencyId, String agencyName, List<MemberView> team) {
	}

	/** The draw's own result, before replacements. */
	public record ResultView(int poolSize, int sampleSize, boolean floorApplied, List<DrawnView> agencies) {
	}

	/**
	 * A replacement: {@code type} PERSON (with {@code leaving} and {@code substitutes})
	 * or AGENCY (with {@code substitute}); {@code seed} only in {@code /1}; {@code by}
	 * the organising bureau's region code. The reason is in the organiser's identities
	 * view.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ReplacementView(int seq, String type, String agencyId, MemberView leaving,
			List<MemberView> substitutes, DrawnView substitute, SeedView seed, Instant at, String by) {

		static ReplacementView of(Replacement replacement, Names names, String bureau) {
			if (replacement instanceof PersonReplacement person) {
				return new ReplacementView(person.seq(), "PERSON", person.agencyId(), names.member(person.leaving()),
						person.substitutes().stream().map(names::member).toList(), null, SeedView.of(person.seed()),
						person.at(), bureau);
			}
			AgencyReplacement agency = (AgencyReplacement) replacement;
			return new ReplacementView(agency.seq(), "AGENCY", agency.agencyId(), null, List.of(),
					names.drawn(agency.substitute()), SeedView.of(agency.seed()), agency.at(), bureau);
		}

	}

	/** Who inspects which agency now, after every replacement. */
	public record CurrentView(List<DrawnView> agencies, List<String> withdrawn) {

		static CurrentView of(Assignment assignment, Names names) {
			return new CurrentView(assignment.agencies().stream().map(names::drawn).toList(),
					assignment.withdrawn().stream().sorted().toList());
		}

	}

	/** Agency names from the snapshot; people as refs or, where allowed, named. */
	static final class Names {

		private final Map<String, String> agencies = new HashMap<>();

		private final Map<String, String> people = new HashMap<>();

		private final Pseudonyms pseudonyms;

		private final boolean v1;

		private final boolean identified;

		Names(DrawRecord record, boolean identified) {
			this.pseudonyms = record.inputs().pseudonyms();
			this.v1 = record.algorithm() == DrawAlgorithm.V1;
			this.identified = identified;
			record.inputs().pool().agencies().forEach((a) -> this.agencies.put(a.id(), a.name()));
			record.inputs().pool().inspectors().forEach((p) -> this.people.put("INSPECTOR:" + p.id(), p.name()));
			record.inputs().pool().experts().forEach((e) -> this.people.put("EXPERT:" + e.id(), e.name()));
		}

		DrawnView drawn(DrawnAgency agency) {
			return new DrawnView(agency.agencyId(), this.agencies.get(agency.agencyId()),
					agency.team().stream().map(this::member).toList());
		}

		MemberView member(TeamMember member) {
			String name = this.people.get(member.kind().name() + ":" + member.personId());
			if (this.v1) {
				return new MemberView(member.kind().name(), null, member.personId(), name);
			}
			String ref = this.pseudonyms.ref(member.kind(), member.personId());
			return this.identified ? new MemberView(member.kind().name(), ref, member.personId(), name)
					: new MemberView(member.kind().name(), ref, null, null);
		}

	}

}
