package org.shuangsuiji.registry.conflict;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.agency.AgencyService;
import org.shuangsuiji.registry.agency.FlagService;
import org.shuangsuiji.registry.history.RecordChanged;
import org.shuangsuiji.registry.history.SubjectKind;
import org.shuangsuiji.registry.input.Problems;
import org.shuangsuiji.registry.input.Text;
import org.shuangsuiji.registry.pool.PoolKind;
import org.shuangsuiji.registry.pool.PoolMember;
import org.shuangsuiji.registry.pool.PoolService;

/** Declares and withdraws conflicts of interest; lists those in force for the draw. */
public class ConflictService {

	private final ConflictStore store;

	private final PoolService pools;

	private final AgencyService agencies;

	private final FlagService flags;

	private final DomainEvents events;

	private final java.time.Clock clock;

	public ConflictService(ConflictStore store, PoolService pools, AgencyService agencies, FlagService flags,
			DomainEvents events, java.time.Clock clock) {
		this.clock = clock;
		this.store = store;
		this.pools = pools;
		this.agencies = agencies;
		this.flags = flags;
		this.events = events;
	}

	public ConflictOfInterest declare(Caller caller, String personId, PersonKind personKind, String agencyId,
			ConflictKind kind, String reason, LocalDate declaredOn) {
		caller.requireBureau();
		Problems problems = new Problems();
		if (Text.isBlank(personId)) {
			problems.malformed("invalid-input", "personId", "is required");
		}
		if (personKind == null) {
			problems.malformed("invalid-input", "personKind", "INSPECTOR or EXPERT is required");
		}
		if (Text.isBlank(agencyId)) {
			problems.malformed("invalid-input", "agencyId", "is required");
		}
		if (kind == null) {
			problems.malformed("invalid-input", "kind", "is required");
		}
		if (Text.isBlank(reason)) {
			problems.malformed("invalid-input", "reason", "is required");
		}
		if (declaredOn == null) {
			problems.malformed("invalid-input", "declaredOn", "is required");
		}
		problems.throwIfAny();
		if (declaredOn.isAfter(this.flags.today())) {
			throw new RuleViolationException("dates-out-of-order", "declaredOn: " + declaredOn + " is in the future")
				.with("field", "declaredOn");
		}
		PoolKind<?> pool = (personKind == PersonKind.INSPECTOR) ? PoolKind.INSPECTORS : PoolKind.EXPERTS;
		RegionCode personRegion = this.pools.find(pool, personId)
			.map(PoolMember::regionCode)
			.orElseThrow(() -> unknown("personId"));
		Agency agency = this.agencies.find(agencyId).orElseThrow(() -> unknown("agencyId"));
		ConflictAccess.requireCoversEither(caller, personRegion, agency.profile().regionCode());
		ConflictOfInterest saved = this.store
			.save(new ConflictOfInterest(UUID.randomUUID().toString(), personId, personKind, personRegion, agencyId,
					agency.profile().regionCode(), kind, Text.clean(reason), declaredOn, caller.userId(), null));
		this.events.publish(RecordChanged.byApi(SubjectKind.CONFLICT, saved.id(), saved.agencyRegion(), caller,
				"declared", null, saved));
		return saved;
	}

	public ConflictOfInterest withdraw(Caller caller, String id, String reason) {
		ConflictOfInterest existing = this.store.find(id)
			.orElseThrow(() -> new NotFoundException("no conflict declaration " + id));
		caller.requireBureau();
		// Anyone covering the agency may declare a conflict, but lifting a recusal is for
		// the bureau that keeps the person's pool.
		caller.requireCovers(existing.personRegion());
		if (Text.isBlank(reason)) {
			throw new InvalidInputException("invalid-input", "reason", "a reason is required to withdraw");
		}
		if (!existing.inForce()) {
			throw new RuleViolationException("conflict-withdrawn", "the declaration was already withdrawn");
		}
		ConflictOfInterest saved = this.store.save(existing
			.withdraw(new ConflictOfInterest.Withdrawal(caller.userId(), Text.clean(reason), this.clock.instant())));
		this.events.publish(RecordChanged.byApi(SubjectKind.CONFLICT, id, saved.agencyRegion(), caller, "withdrawn",
				existing, saved));
		return saved;
	}

	/**
	 * Declarations in force whose agency or person lies in the region (bureaus of that
	 * region).
	 */
	public List<ConflictOfInterest> inForce(Caller caller, RegionCode region) {
		caller.requireBureauCovering(region);
		return this.store.inForce(region);
	}

	private static RuleViolationException unknown(String field) {
		RuleViolationException ex = new RuleViolationException(
				field.equals("agencyId") ? "agency-unknown" : "person-unknown",
				field + ": no such " + (field.equals("agencyId") ? "agency" : "pool member"));
		ex.with("field", field);
		return ex;
	}

}
