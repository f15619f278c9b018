package org.shuangsuiji.registry.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.input.Problems;
import org.shuangsuiji.registry.input.Text;

/**
 * A 司法鉴定机构 in the registry: its profile, its status with the history of changes, its
 * penalties with their rectification, its party-building notes and its computed flags.
 *
 * @param id registry id
 * @param profile what a bureau records and may replace
 * @param status current status
 * @param statusHistory every status change, oldest first
 * @param penalties 行政处罚、行政处理、行业惩戒 with rectification
 * @param partyBuilding one note per year
 * @param flagState computed flags and until when they hold
 * @param version optimistic-lock version, {@code null} before the first save
 */
public record Agency(String id, AgencyProfile profile, AgencyStatus status, List<StatusChange> statusHistory,
		List<Penalty> penalties, List<PartyBuildingNote> partyBuilding, FlagState flagState, Long version) {

	public Agency {
		statusHistory = List.copyOf(statusHistory);
		penalties = List.copyOf(penalties);
		partyBuilding = List.copyOf(partyBuilding);
		flagState = (flagState != null) ? flagState : FlagState.stale();
	}

	/** A newly registered agency, active unless {@code status} says otherwise. */
	public static Agency register(String id, AgencyProfile profile, AgencyStatus status) {
		return new Agency(id, profile, (status != null) ? status : AgencyStatus.ACTIVE, List.of(), List.of(), List.of(),
				FlagState.stale(), null);
	}

	public Agency withProfile(AgencyProfile newProfile) {
		return new Agency(this.id, newProfile, this.status, this.statusHistory, this.penalties, this.partyBuilding,
				FlagState.stale(), this.version);
	}

	public Agency withFlags(FlagState state) {
		return new Agency(this.id, this.profile, this.status, this.statusHistory, this.penalties, this.partyBuilding,
				state, this.version);
	}

	/**
	 * Records a status change. The reason and the effective day are required; the same
	 * status again, a day in the future beyond a year, or leaving 注销 is refused (422).
	 */
	public Agency changeStatus(AgencyStatus to, String reason, LocalDate effectiveOn, Caller by, Instant at) {
		Problems problems = new Problems();
		if (to == null) {
			problems.malformed("invalid-input", "status", "ACTIVE, SUSPENDED or CANCELLED is required");
		}
		if (Text.isBlank(reason)) {
			problems.malformed("invalid-input", "reason", "a reason is required for a status change");
		}
		if (effectiveOn == null) {
			problems.malformed("invalid-input", "effectiveOn", "the day the change takes effect is required");
		}
		problems.throwIfAny();
		if (to == this.status) {
			throw new RuleViolationException("status-unchanged", "status: the agency is already " + to).with("field",
					"status");
		}
		if (this.status == AgencyStatus.CANCELLED) {
			throw new RuleViolationException("status-final", "status: a cancelled (注销) agency cannot change status")
				.with("field", "status");
		}
		StatusChange last = this.statusHistory.isEmpty() ? null : this.statusHistory.get(this.statusHistory.size() - 1);
		if (last != null && effectiveOn.isBefore(last.effectiveOn())) {
			throw new RuleViolationException("dates-out-of-order",
					"effectiveOn: " + effectiveOn + " is before the previous status change of " + last.effectiveOn())
				.with("field", "effectiveOn");
		}
		List<StatusChange> history = new ArrayList<>(this.statusHistory);
		history
			.add(new StatusChange(this.status, to, Text.clean(reason), effectiveOn, by.userId(), by.displayName(), at));
		return new Agency(this.id, this.profile, to, history, this.penalties, this.partyBuilding, FlagState.stale(),
				this.version);
	}

	/**
	 * Adds a penalty; dates must be in order (decision, deadline, rectification) and not
	 * in the future.
	 */
	public Agency addPenalty(Penalty penalty, LocalDate today) {
		Problems problems = new Problems();
		if (penalty.kind() == null) {
			problems.malformed("invalid-input", "kind",
					"ADMINISTRATIVE_PENALTY, ADMINISTRATIVE_MEASURE or PROFESSIONAL_DISCIPLINE is required");
		}
		if (penalty.decidedOn() == null) {
			problems.malformed("invalid-input", "decidedOn", "the day of the decision is required");
		}
		if (Text.isBlank(penalty.description())) {
			problems.malformed("invalid-input", "description", "what the measure was for is required");
		}
		problems.throwIfAny();
		if (penalty.decidedOn().isAfter(today)) {
			problems.rule("dates-out-of-order", "decidedOn", penalty.decidedOn() + " is in the future");
		}
		AgencyRules.inOrder(penalty.decidedOn(), penalty.rectificationDeadline(), "rectificationDeadline", problems);
		checkRectification(penalty.decidedOn(), penalty.rectifiedOn(), today, problems);
		problems.throwIfAny();
		List<Penalty> list = new ArrayList<>(this.penalties);
		list.add(penalty);
		list.sort(Comparator.comparing(Penalty::decidedOn));
		return new Agency(this.id, this.profile, this.status, this.statusHistory, list, this.partyBuilding,
				this.flagState, this.version);
	}

	/** Records that a penalty's rectification was confirmed on {@code on}. */
	public Agency rectify(String penaltyId, LocalDate on, String note, LocalDate today) {
		Penalty penalty = this.penalties.stream()
			.filter((p) -> p.id().equals(penaltyId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("no penalty " + penaltyId + " on agency " + this.id));
		if (on == null) {
			throw new InvalidInputException("invalid-input", "rectifiedOn", "the day of rectification is required");
		}
		Problems problems = new Problems();
		checkRectification(penalty.decidedOn(), on, today, problems);
		problems.throwIfAny();
		List<Penalty> list = this.penalties.stream()
			.map((p) -> p.id().equals(penaltyId) ? p.rectified(on, Text.clean(note)) : p)
			.toList();
		return new Agency(this.id, this.profile, this.status, this.statusHistory, list, this.partyBuilding,
				this.flagState, this.version);
	}

	/** Sets the party-building note of a year (replacing that year's earlier note). */
	public Agency notePartyBuilding(int year, String note, LocalDate today) {
		if (Text.isBlank(note)) {
			throw new InvalidInputException("invalid-input", "note", "the note is required");
		}
		if (year < 1949 || year > today.getYear()) {
			throw new RuleViolationException("dates-out-of-order", "year: " + year + " is not a past or current year")
				.with("field", "year");
		}
		List<PartyBuildingNote> notes = new ArrayList<>(
				this.partyBuilding.stream().filter((n) -> n.year() != year).toList());
		notes.add(new PartyBuildingNote(year, Text.clean(note)));
		notes.sort(Comparator.comparingInt(PartyBuildingNote::year));
		return new Agency(this.id, this.profile, this.status, this.statusHistory, this.penalties, notes, this.flagState,
				this.version);
	}

	private static void checkRectification(LocalDate decidedOn, LocalDate rectifiedOn, LocalDate today,
			Problems problems) {
		if (rectifiedOn == null) {
			return;
		}
		AgencyRules.inOrder(decidedOn, rectifiedOn, "rectifiedOn", problems);
		if (rectifiedOn.isAfter(today)) {
			problems.rule("dates-out-of-order", "rectifiedOn", rectifiedOn + " is in the future");
		}
	}

}
