package org.shuangsuiji.inspection.draw;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.shuangsuiji.inspection.draw.DrawVerification.ReplacementCheck;
import org.shuangsuiji.inspection.plan.Actor;
import org.shuangsuiji.inspection.plan.PlanId;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.ProblemException;

/**
 * The draw of one plan, from its commitment to its last replacement. A plan has at most
 * one: the commitment is recorded once, the seed once, and every later change is a
 * {@link Replacement} appended to the history.
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
 */
public record DrawRecord(PlanId planId, DrawInputs inputs, String commitment, Actor committedBy, Instant committedAt,
		Seed seed, Actor drawnBy, Instant drawnAt, DrawResult result, List<Replacement> replacements, Long version) {

	public DrawRecord {
		replacements = List.copyOf(replacements);
	}

	/** Records the snapshot and rules and their commitment; no seed exists yet. */
	public static DrawRecord commit(DrawInputs inputs, Actor by, Instant at) {
		return new DrawRecord(inputs.planId(), inputs, inputs.commitment(), by, at, null, null, null, null, List.of(),
				null);
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
		DrawResult outcome = new DrawEngine(this.inputs).draw(drawSeed.value());
		return new DrawRecord(this.planId, this.inputs, this.commitment, this.committedBy, this.committedAt, drawSeed,
				by, at, outcome, this.replacements, this.version);
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

	public DrawRecord replacePerson(String agencyId, TeamMember leaving, String reason, Seed eventSeed, Actor by,
			Instant at) {
		int seq = this.replacements.size() + 1;
		List<TeamMember> substitutes = new DrawEngine(this.inputs).substitutesFor(current(), seq, agencyId, leaving,
				eventSeed.value());
		return with(new PersonReplacement(seq, agencyId, leaving, substitutes, reason, eventSeed, by, at));
	}

	public DrawRecord replaceAgency(String agencyId, String reason, Seed eventSeed, Actor by, Instant at) {
		int seq = this.replacements.size() + 1;
		DrawnAgency substitute = new DrawEngine(this.inputs).substituteFor(current(), seq, agencyId, eventSeed.value());
		return with(new AgencyReplacement(seq, agencyId, substitute, reason, eventSeed, by, at));
	}

	private DrawRecord with(Replacement replacement) {
		List<Replacement> next = new ArrayList<>(this.replacements);
		next.add(replacement);
		return new DrawRecord(this.planId, this.inputs, this.commitment, this.committedBy, this.committedAt, this.seed,
				this.drawnBy, this.drawnAt, this.result, next, this.version);
	}

	/**
	 * Re-runs the commitment, the draw and every replacement from the recorded data
	 * alone.
	 */
	public DrawVerification verify() {
		DrawEngine engine = new DrawEngine(this.inputs);
		boolean commitmentMatches = engine.commitment().equals(this.commitment);
		if (!drawn()) {
			return new DrawVerification(DrawInputs.ALGORITHM, this.commitment, engine.commitment(), commitmentMatches,
					null, List.of());
		}
		boolean drawMatches = rerun(() -> engine.draw(this.seed.value()).equals(this.result));
		List<ReplacementCheck> checks = new ArrayList<>();
		Assignment assignment = Assignment.initial(this.result.agencies());
		for (Replacement replacement : this.replacements) {
			Assignment before = assignment;
			checks.add(new ReplacementCheck(replacement.seq(), rerun(() -> replacement.rerunMatches(engine, before))));
			assignment = replacement.applyTo(assignment);
		}
		return new DrawVerification(DrawInputs.ALGORITHM, this.commitment, engine.commitment(), commitmentMatches,
				drawMatches, checks);
	}

	/** A re-run that the rules now refuse does not match what was recorded. */
	private static boolean rerun(BooleanSupplier check) {
		try {
			return check.getAsBoolean();
		}
		catch (ProblemException ex) {
			return false;
		}
	}

	private void requireDrawn() {
		if (!drawn()) {
			throw new ConflictException("draw-not-done", "plan " + this.planId + " has not been drawn yet");
		}
	}

}
