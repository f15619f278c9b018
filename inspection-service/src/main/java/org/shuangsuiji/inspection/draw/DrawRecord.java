package org.shuangsuiji.inspection.draw;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.shuangsuiji.inspection.draw.DrawVerification.ReplacementCheck;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.ProblemException;
import org.shuangsuiji.platform.problem.RuleViolationException;

/**
 * The draw of one plan, from its commitment to its last replacement. A plan has at most
 * one: the commitment is recorded once, the seed once, and every later change is a
 * {@link Replacement} appended to the history. Teams are held with registry ids; a
 * {@code /2} draw runs and is verified under the refs of {@link DrawInputs#pseudonyms()}.
 *
 * @param planId the plan
 * @param inputs the pool snapshot and rules
 * @param commitment SHA-256 of the canonical inputs, recorded before the seed was known
 * @param committedBy who took the snapshot
 * @param committedAt when
 * @param seed the draw's seed, {@code null} until drawn
 * @param drawnBy who drew
 * @param drawnAt when
 * @param result the draw's outcome, {@code null} until drawn
 * @param replacements the replacements in order
 * @param version the stored version, for optimistic locking
 * @param secret {@code /2}: the server's secret, shown only once drawn; {@code null} for
 * {@code /1}
 */
public record DrawRecord(PlanId planId, DrawInputs inputs, String commitment, Actor committedBy, Instant committedAt,
		Seed seed, Actor drawnBy, Instant drawnAt, DrawResult result, List<Replacement> replacements, Long version,
		DrawSecret secret) {

	public DrawRecord {
		replacements = List.copyOf(replacements);
		if (inputs.algorithm() == DrawAlgorithm.V2 && secret == null) {
			throw new IllegalArgumentException("a /2 draw record keeps its secret");
		}
	}

	/** A {@code /1} record. */
	public DrawRecord(PlanId planId, DrawInputs inputs, String commitment, Actor committedBy, Instant committedAt,
			Seed seed, Actor drawnBy, Instant drawnAt, DrawResult result, List<Replacement> replacements,
			Long version) {
		this(planId, inputs, commitment, committedBy, committedAt, seed, drawnBy, drawnAt, result, replacements,
				version, null);
	}

	/** Records the snapshot and rules of a {@code /1} draw and their commitment. */
	public static DrawRecord commit(DrawInputs inputs, Actor by, Instant at) {
		return commit(inputs, null, by, at);
	}

	/**
	 * Records the snapshot, rules and (for {@code /2}) the secret's hash and their
	 * commitment; no seed exists yet.
	 */
	public static DrawRecord commit(DrawInputs inputs, DrawSecret secret, Actor by, Instant at) {
		if (inputs.algorithm() == DrawAlgorithm.V2 && (secret == null || !secret.hash().equals(inputs.secretHash()))) {
			throw new IllegalArgumentException("the inputs commit to another secret");
		}
		return new DrawRecord(inputs.planId(), inputs, inputs.commitment(), by, at, null, null, null, null, List.of(),
				null, secret);
	}

	/** The same record at the version its store gave it. */
	public DrawRecord stored(Long storedVersion) {
		return new DrawRecord(this.planId, this.inputs, this.commitment, this.committedBy, this.committedAt, this.seed,
				this.drawnBy, this.drawnAt, this.result, this.replacements, storedVersion, this.secret);
	}

	public DrawAlgorithm algorithm() {
		return this.inputs.algorithm();
	}

	public boolean drawn() {
		return this.seed != null;
	}

	/** Draws with the seed; a second draw is refused (409). */
	public DrawRecord draw(Seed drawSeed, Actor by, Instant at) {
		if (drawn()) {
			throw new ConflictException("draw-already-done",
					"plan " + this.planId + " was drawn at " + this.drawnAt + "; use a replacement instead");
		}
		DrawResult outcome = pseudonyms()
			.toPersons(new DrawEngine(this.inputs).draw(drawKey(drawSeed, this.inputs.algorithm(), this.secret)));
		return new DrawRecord(this.planId, this.inputs, this.commitment, this.committedBy, this.committedAt, drawSeed,
				by, at, outcome, this.replacements, this.version, this.secret);
	}

	/**
	 * The key of the draw's streams: UTF-8(seed) in {@code /1}, HMAC-SHA256(secret, seed)
	 * in {@code /2}.
	 */
	private static byte[] drawKey(Seed seed, DrawAlgorithm algorithm, DrawSecret secret) {
		return (algorithm == DrawAlgorithm.V1) ? seed.value().getBytes(StandardCharsets.UTF_8)
				: secret.drawKey(seed.value());
	}

	/**
	 * The stream key of a replacement: its own seed in {@code /1}, the draw key in
	 * {@code /2}.
	 */
	private byte[] eventKey(Seed eventSeed) {
		return (algorithm() == DrawAlgorithm.V1) ? eventSeed.value().getBytes(StandardCharsets.UTF_8)
				: drawKey(this.seed, DrawAlgorithm.V2, this.secret);
	}

	private Pseudonyms pseudonyms() {
		return this.inputs.pseudonyms();
	}

	/**
	 * Who inspects which agency now: the draw's result with every replacement applied.
	 */
	public Assignment current() {
		requireDrawn();
		Assignment assignment = Assignment.initial(this.result.agencies());
		for (Replacement replacement : this.replacements) {
			assignment = replacement.applyTo(assignment);
		}
		return assignment;
	}

	/**
	 * @param eventSeed {@code /1}: the event's own seed; {@code /2}: must be {@code null}
	 */
	public DrawRecord replacePerson(String agencyId, TeamMember leaving, String reason, Seed eventSeed, Actor by,
			Instant at) {
		requireEventSeed(eventSeed);
		int seq = this.replacements.size() + 1;
		Pseudonyms pseudonyms = pseudonyms();
		if (!pseudonyms.covers(leaving.kind(), leaving.personId())) {
			throw new RuleViolationException("replacement-invalid",
					leaving.kind() + " " + leaving.personId() + " is not on the team of agency " + agencyId)
				.with("personId", leaving.personId());
		}
		List<TeamMember> substitutes = pseudonyms.toPersons(new DrawEngine(this.inputs).substitutesFor(
				pseudonyms.toRefs(current()), seq, agencyId, pseudonyms.toRef(leaving), eventKey(eventSeed)));
		return with(new PersonReplacement(seq, agencyId, leaving, substitutes, reason, eventSeed, by, at));
	}

	/**
	 * @param eventSeed {@code /1}: the event's own seed; {@code /2}: must be {@code null}
	 */
	public DrawRecord replaceAgency(String agencyId, String reason, Seed eventSeed, Actor by, Instant at) {
		requireEventSeed(eventSeed);
		int seq = this.replacements.size() + 1;
		DrawnAgency substitute = pseudonyms().toPersons(new DrawEngine(this.inputs)
			.substituteFor(pseudonyms().toRefs(current()), seq, agencyId, eventKey(eventSeed)));
		return with(new AgencyReplacement(seq, agencyId, substitute, reason, eventSeed, by, at));
	}

	private void requireEventSeed(Seed eventSeed) {
		if ((algorithm() == DrawAlgorithm.V1) != (eventSeed != null)) {
			throw new IllegalArgumentException(
					"a /1 replacement needs its own seed, a /2 replacement takes none (it uses the draw key)");
		}
	}

	private DrawRecord with(Replacement replacement) {
		List<Replacement> next = new ArrayList<>(this.replacements);
		next.add(replacement);
		return new DrawRecord(this.planId, this.inputs, this.commitment, this.committedBy, this.committedAt, this.seed,
				this.drawnBy, this.drawnAt, this.result, next, this.version, this.secret);
	}

	/**
	 * Re-runs the commitment, the secret's hash, the draw and every replacement from the
	 * recorded data alone.
	 */
	public DrawVerification verify() {
		DrawEngine engine = new DrawEngine(this.inputs);
		String label = algorithm().label();
		boolean commitmentMatches = engine.commitment().equals(this.commitment);
		if (!drawn()) {
			return new DrawVerification(label, this.commitment, engine.commitment(), commitmentMatches, null, null,
					List.of());
		}
		Boolean secretMatches = (algorithm() == DrawAlgorithm.V1) ? null
				: this.secret.hash().equals(this.inputs.secretHash());
		Pseudonyms pseudonyms = pseudonyms();
		boolean drawMatches = rerun(
				() -> engine.draw(drawKey(this.seed, algorithm(), this.secret)).equals(pseudonyms.toRefs(this.result)));
		List<ReplacementCheck> checks = new ArrayList<>();
		Assignment assignment = Assignment.initial(this.result.agencies());
		for (Replacement replacement : this.replacements) {
			Assignment before = assignment;
			checks.add(new ReplacementCheck(replacement.seq(), rerun(() -> replacement.rerunMatches(engine,
					pseudonyms.toRefs(before), eventKey(replacement.seed()), pseudonyms))));
			assignment = replacement.applyTo(assignment);
		}
		return new DrawVerification(label, this.commitment, engine.commitment(), commitmentMatches, secretMatches,
				drawMatches, checks);
	}

	/** A re-run that the rules now refuse does not match what was recorded. */
	private static boolean rerun(BooleanSupplier check) {
		try {
			return check.getAsBoolean();
		}
		catch (ProblemException | IllegalArgumentException ex) {
			return false;
		}
	}

	private void requireDrawn() {
		if (!drawn()) {
			throw new ConflictException("draw-not-done", "plan " + this.planId + " has not been drawn yet");
		}
	}

}
