package org.shuangsuiji.inspection.draw.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shuangsuiji.inspection.draw.AgencyReplacement;
import org.shuangsuiji.inspection.draw.Assignment;
import org.shuangsuiji.inspection.draw.DrawInputs;
import org.shuangsuiji.inspection.draw.DrawRecord;
import org.shuangsuiji.inspection.draw.DrawnAgency;
import org.shuangsuiji.inspection.draw.PersonReplacement;
import org.shuangsuiji.inspection.draw.Replacement;
import org.shuangsuiji.inspection.draw.Seed;
import org.shuangsuiji.inspection.draw.TeamMember;
import org.shuangsuiji.inspection.plan.Plan;

/**
 * The public draw record: everything needed to re-run the draw and every replacement from
 * this document alone ({@code tools/VerifyDraw.java}). {@code inputs} is the exact JSON
 * tree whose canonical form the commitment hashes; names in {@code result} are for
 * reading only.
 */
public record DrawView(String planId, String planTitle, String status, String algorithm, String canonicalization,
		String commitment, Instant committedAt, String committedBy, Map<String, Object> inputs, SeedView seed,
		Instant drawnAt, String drawnBy, ResultView result, List<ReplacementView> replacements, CurrentView current) {

	static final String CANONICALIZATION = "SHA-256 (lowercase hex) of the UTF-8 bytes of the canonical JSON of inputs: "
			+ "RFC 8785 subset, object keys sorted by UTF-16 code units, no whitespace, integers only, "
			+ "strings escaping only quotation mark, reverse solidus and control characters";

	static DrawView of(Plan plan, DrawRecord record) {
		Names names = new Names(record);
		return new DrawView(plan.id().value(), plan.terms().title(), record.drawn() ? "DRAWN" : "COMMITTED",
				DrawInputs.ALGORITHM, CANONICALIZATION, record.commitment(), record.committedAt(),
				record.committedBy().name(), record.inputs().canonicalTree(), SeedView.of(record.seed()),
				record.drawnAt(), (record.drawnBy() != null) ? record.drawnBy().name() : null,
				(record.result() != null) ? new ResultView(record.result().poolSize(), record.result().sampleSize(),
						record.result().floorApplied(), record.result().agencies().stream().map(names::drawn).toList())
						: null,
				record.replacements().stream().map((r) -> ReplacementView.of(r, names)).toList(),
				record.drawn() ? CurrentView.of(record.current(), names) : null);
	}

	/** A seed and where it came from. */
	public record SeedView(String value, String source, String note) {

		static SeedView of(Seed seed) {
			return (seed != null) ? new SeedView(seed.value(), seed.source().name(), seed.note()) : null;
		}

	}

	/** A team member; {@code kind} INSPECTOR or EXPERT. */
	public record MemberView(String kind, String personId, String name) {
	}

	/** A drawn agency and its team in draw order. */
	public record DrawnView(String agencyId, String agencyName, List<MemberView> team) {
	}

	/** The draw's own result, before replacements. */
	public record ResultView(int poolSize, int sampleSize, boolean floorApplied, List<DrawnView> agencies) {
	}

	/**
	 * A replacement: {@code type} PERSON (with {@code leaving} and {@code substitutes})
	 * or AGENCY (with {@code substitute}).
	 */
	public record ReplacementView(int seq, String type, String agencyId, MemberView leaving,
			List<MemberView> substitutes, DrawnView substitute, String reason, SeedView seed, Instant at, String by) {

		static ReplacementView of(Replacement replacement, Names names) {
			if (replacement instanceof PersonReplacement person) {
				return new ReplacementView(person.seq(), "PERSON", person.agencyId(), names.member(person.leaving()),
						person.substitutes().stream().map(names::member).toList(), null, person.reason(),
						SeedView.of(person.seed()), person.at(), person.by().name());
			}
			AgencyReplacement agency = (AgencyReplacement) replacement;
			return new ReplacementView(agency.seq(), "AGENCY", agency.agencyId(), null, List.of(),
					names.drawn(agency.substitute()), agency.reason(), SeedView.of(agency.seed()), agency.at(),
					agency.by().name());
		}

	}

	/** Who inspects which agency now, after every replacement. */
	public record CurrentView(List<DrawnView> agencies, List<String> withdrawn) {

		static CurrentView of(Assignment assignment, Names names) {
			return new CurrentView(assignment.agencies().stream().map(names::drawn).toList(),
					assignment.withdrawn().stream().sorted().toList());
		}

	}

	/** Names from the snapshot, for reading. */
	static final class Names {

		private final Map<String, String> agencies = new HashMap<>();

		private final Map<String, String> people = new HashMap<>();

		Names(DrawRecord record) {
			record.inputs().pool().agencies().forEach((a) -> this.agencies.put(a.id(), a.name()));
			record.inputs().pool().inspectors().forEach((p) -> this.people.put("INSPECTOR:" + p.id(), p.name()));
			record.inputs().pool().experts().forEach((e) -> this.people.put("EXPERT:" + e.id(), e.name()));
		}

		DrawnView drawn(DrawnAgency agency) {
			return new DrawnView(agency.agencyId(), this.agencies.get(agency.agencyId()),
					agency.team().stream().map(this::member).toList());
		}

		MemberView member(TeamMember member) {
			return new MemberView(member.kind().name(), member.personId(),
					this.people.get(member.kind().name() + ":" + member.personId()));
		}

	}

}
