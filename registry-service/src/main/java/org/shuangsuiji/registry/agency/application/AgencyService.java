package org.shuangsuiji.registry.agency.application;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.agency.AgencyInput;
import org.shuangsuiji.registry.agency.AgencyProfile;
import org.shuangsuiji.registry.agency.AgencyQuery;
import org.shuangsuiji.registry.agency.AgencyRules;
import org.shuangsuiji.registry.agency.AgencyStatus;
import org.shuangsuiji.registry.agency.Penalty;
import org.shuangsuiji.registry.agency.persistence.AgencyStore;
import org.shuangsuiji.registry.appraiser.persistence.AppraiserStore;
import org.shuangsuiji.registry.history.ChangeRecord;
import org.shuangsuiji.registry.history.SubjectKind;
import org.shuangsuiji.registry.history.application.HistoryRecorder;
import org.shuangsuiji.registry.region.RegionTree;
import org.shuangsuiji.registry.shared.Problems;
import org.shuangsuiji.registry.shared.Scope;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Registers, changes and reads agencies within the caller's scope, keeping their history.
 */
@Service
public class AgencyService {

	private final AgencyStore store;

	private final AppraiserStore appraisers;

	private final FlagService flags;

	private final HistoryRecorder history;

	private final RegionTree regions;

	private final Clock clock;

	private final MeterRegistry meters;

	public AgencyService(AgencyStore store, AppraiserStore appraisers, FlagService flags, HistoryRecorder history,
			RegionTree regions, Clock clock, MeterRegistry meters) {
		this.store = store;
		this.appraisers = appraisers;
		this.flags = flags;
		this.history = history;
		this.regions = regions;
		this.clock = clock;
		this.meters = meters;
	}

	/** Checks an input completely (400, then 422) and returns the profile. */
	public AgencyProfile check(AgencyInput input) {
		Problems problems = new Problems();
		AgencyProfile profile = AgencyRules.profile(input, this.regions, problems).orElse(null);
		problems.throwIfAny();
		return profile;
	}

	public Agency create(Caller caller, AgencyInput input) {
		Scope.requireBureau(caller);
		AgencyProfile profile = check(input);
		caller.requireCovers(profile.regionCode());
		requireUniqueCreditCode(profile, null);
		Agency saved = this.store.save(Agency.register(UUID.randomUUID().toString(), profile, AgencyStatus.ACTIVE));
		this.history.record(SubjectKind.AGENCY, saved.id(), profile.regionCode(), caller, "created", "api", null,
				saved);
		this.meters.counter("registry.agency.created").increment();
		return this.flags.fresh(saved);
	}

	public Agency update(Caller caller, String id, AgencyInput input, Long expectedVersion) {
		Agency existing = require(id);
		Scope.requireBureauCovering(caller, existing.profile().regionCode());
		AgencyProfile profile = check(input);
		caller.requireCovers(profile.regionCode());
		requireUniqueCreditCode(profile, id);
		if (expectedVersion != null && !expectedVersion.equals(existing.version())) {
			throw new ConflictException("stale-version",
					"agency " + id + " was changed since version " + expectedVersion + "; read it again");
		}
		Agency changed = existing.withProfile(profile);
		if (!HistoryRecorder.differ(existing, changed)) {
			return this.flags.fresh(existing);
		}
		Agency saved = this.store.save(changed);
		if (!existing.profile().regionCode().equals(profile.regionCode())) {
			this.appraisers.moveRegion(id, profile.regionCode());
		}
		this.history.record(SubjectKind.AGENCY, id, profile.regionCode(), caller, "updated", "api", existing, saved);
		return this.flags.fresh(saved);
	}

	public Agency changeStatus(Caller caller, String id, AgencyStatus status, String reason,
			java.time.LocalDate effectiveOn) {
		Agency existing = require(id);
		Scope.requireBureauCovering(caller, existing.profile().regionCode());
		Agency saved = this.store
			.save(existing.changeStatus(status, reason, effectiveOn, caller, this.clock.instant()));
		this.history.record(SubjectKind.AGENCY, id, saved.profile().regionCode(), caller, "status-changed", "api",
				existing, saved);
		return this.flags.fresh(saved);
	}

	public Agency addPenalty(Caller caller, String id, Penalty penalty) {
		Agency existing = require(id);
		Scope.requireBureauCovering(caller, existing.profile().regionCode());
		Penalty withId = new Penalty(UUID.randomUUID().toString(), penalty.kind(), penalty.decidedOn(),
				penalty.authority(), penalty.decisionNumber(), penalty.description(), penalty.rectificationDeadline(),
				penalty.rectifiedOn(), penalty.rectificationNote());
		Agency saved = this.store.save(existing.addPenalty(withId, this.flags.today()));
		this.history.record(SubjectKind.AGENCY, id, saved.profile().regionCode(), caller, "penalty-added", "api",
				existing, saved);
		return this.flags.fresh(saved);
	}

	public Agency rectify(Caller caller, String id, String penaltyId, java.time.LocalDate on, String note) {
		Agency existing = require(id);
		Scope.requireBureauCovering(caller, existing.profile().regionCode());
		Agency saved = this.store.save(existing.rectify(penaltyId, on, note, this.flags.today()));
		this.history.record(SubjectKind.AGENCY, id, saved.profile().regionCode(), caller, "penalty-rectified", "api",
				existing, saved);
		return this.flags.fresh(saved);
	}

	public Agency notePartyBuilding(Caller caller, String id, int year, String note) {
		Agency existing = require(id);
		Scope.requireBureauCovering(caller, existing.profile().regionCode());
		Agency saved = this.store.save(existing.notePartyBuilding(year, note, this.flags.today()));
		this.history.record(SubjectKind.AGENCY, id, saved.profile().regionCode(), caller, "party-building-noted", "api",
				existing, saved);
		return this.flags.fresh(saved);
	}

	public Agency get(Caller caller, String id) {
		Agency agency = require(id);
		Scope.requireRead(caller, id, agency.profile().regionCode());
		return this.flags.fresh(agency);
	}

	public List<ChangeRecord> history(Caller caller, String id) {
		Agency agency = require(id);
		Scope.requireRead(caller, id, agency.profile().regionCode());
		return this.history.of(SubjectKind.AGENCY, id);
	}

	/**
	 * Searches within the caller's scope: bureaus, inspectors and experts their region
	 * (or a region inside it), an agency account only its own agency.
	 */
	public Page<Agency> search(Caller caller, AgencyQuery query, Pageable pageable) {
		AgencyQuery scoped;
		if (Scope.readsByRegion(caller)) {
			scoped = new AgencyQuery(query.name(), query.categories(), query.status(),
					Scope.searchRegion(caller, query.region()), query.flag(), null);
		}
		else if (caller.has(Role.AGENCY) && caller.agencyId() != null) {
			scoped = new AgencyQuery(query.name(), query.categories(), query.status(), query.region(), query.flag(),
					caller.agencyId());
		}
		else {
			return new PageImpl<>(List.of(), pageable, 0);
		}
		if (scoped.flag() != null) {
			this.flags.refreshStale(scoped.region());
		}
		Page<Agency> page = this.store.search(scoped, pageable);
		return new PageImpl<>(this.flags.fresh(page.getContent()), pageable, page.getTotalElements());
	}

	/**
	 * Anonymous directory (一公开): any agency, public fields only (the web layer trims).
	 */
	public Page<Agency> publicDirectory(AgencyQuery query, Pageable pageable) {
		return this.store.search(
				new AgencyQuery(query.name(), query.categories(), query.status(), query.region(), null, null),
				pageable);
	}

	/**
	 * The draw's pool: active agencies of the region subtree with any of the categories.
	 */
	public List<Agency> pool(Caller caller, RegionCode region, Set<BusinessCategory> categories) {
		Scope.requireBureauCovering(caller, region);
		return this.store.activePool(region, categories);
	}

	/** The store, for use cases of other features that resolve agencies themselves. */
	public AgencyStore store() {
		return this.store;
	}

	public Agency require(String id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("no agency " + id));
	}

	private void requireUniqueCreditCode(AgencyProfile profile, String ownId) {
		this.store.findByCreditCode(profile.creditCode().value())
			.filter((other) -> !other.id().equals(ownId))
			.ifPresent((other) -> {
				throw new ConflictException("credit-code-duplicate",
						"creditCode: " + profile.creditCode() + " is already registered for " + other.profile().name())
					.with("field", "creditCode")
					.with("agencyId", other.id());
			});
	}

}
