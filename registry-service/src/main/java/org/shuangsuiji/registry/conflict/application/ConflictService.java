package org.shuangsuiji.registry.conflict.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.agency.application.AgencyService;
import org.shuangsuiji.registry.agency.application.FlagService;
import org.shuangsuiji.registry.conflict.ConflictKind;
import org.shuangsuiji.registry.conflict.ConflictOfInterest;
import org.shuangsuiji.registry.conflict.PersonKind;
import org.shuangsuiji.registry.conflict.persistence.ConflictStore;
import org.shuangsuiji.registry.history.SubjectKind;
import org.shuangsuiji.registry.history.application.HistoryRecorder;
import org.shuangsuiji.registry.pool.application.PoolService;
import org.shuangsuiji.registry.shared.Problems;
import org.shuangsuiji.registry.shared.Scope;
import org.shuangsuiji.registry.shared.Text;

import org.springframework.stereotype.Service;

/** Declares and withdraws conflicts of interest; lists those in force for the draw. */
@Service
public class ConflictService {

	private final ConflictStore store;

	private final PoolService pools;

	private final AgencyService agencies;

	private final FlagService flags;

	private final HistoryRecorder history;

	private final java.time.Clock clock;

	public ConflictService(ConflictStore store, PoolService pools, AgencyService agencies, FlagService flags,
			HistoryRecorder history, java.time.Clock clock) {
		this.clock = clock;
		this.store = store;
		this.pools = pools;
		this.agencies = agencies;
		this.flags = flags;
		this.history = history;
	}

	public ConflictOfInterest declare(Caller caller, String personId, PersonKind personKind, String agencyId,
			ConflictKind kind, String reason, LocalDate declaredOn) {
		Scope.requireBureau(caller);
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
		RegionCode personRegion = (personKind == PersonKind.INSPECTOR)
				? this.pools.findInspector(personId).map((p) -> p.regionCode()).orElseThrow(() -> unknown("personId"))
				: this.pools.findExpert(personId).map((p) -> p.regionCode()).orElseThrow(() -> unknown("personId"));
		Agency agency = this.agencies.store().find(agencyId).orElseThrow(() -> unknown("agencyId"));
		if (!caller.covers(personRegion) && !caller.covers(agency.profile().regionCode())) {
			caller.requireCovers(agency.profile().regionCode());
		}
		ConflictOfInterest saved = this.store
			.save(new ConflictOfInterest(UUID.randomUUID().toString(), personId, personKind, personRegion, agencyId,
					agency.profile().regionCode(), kind, Text.clean(reason), declaredOn, caller.userId(), null));
		this.history.record(SubjectKind.CONFLICT, saved.id(), saved.agencyRegion(), caller, "declared", "api", null,
				saved);
		return saved;
	}

	public ConflictOfInterest withdraw(Caller caller, String id, String reason) {
		ConflictOfInterest existing = this.store.find(id)
			.orElseThrow(() -> new NotFoundException("no conflict declaration " + id));
		Scope.requireBureau(caller);
		if (!caller.covers(existing.personRegion()) && !caller.covers(existing.agencyRegion())) {
			caller.requireCovers(existing.agencyRegion());
		}
		if (Text.isBlank(reason)) {
			throw new InvalidInputException("invalid-input", "reason", "a reason is required to withdraw");
		}
		if (!existing.inForce()) {
			throw new RuleViolationException("conflict-withdrawn", "the declaration was already withdrawn");
		}
		ConflictOfInterest saved = this.store.save(existing
			.withdraw(new ConflictOfInterest.Withdrawal(caller.userId(), Text.clean(reason), this.clock.instant())));
		this.history.record(SubjectKind.CONFLICT, id, saved.agencyRegion(), caller, "withdrawn", "api", existing,
				saved);
		return saved;
	}

	/**
	 * Declarations in force whose agency or person lies in the region (bureaus of that
	 * region).
	 */
	public List<ConflictOfInterest> inForce(Caller caller, RegionCode region) {
		Scope.requireBureauCovering(caller, region);
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
