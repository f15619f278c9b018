package org.shuangsuiji.registry.agency;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.history.ChangeRecord;
import org.shuangsuiji.registry.history.HistoryRecorder;
import org.shuangsuiji.registry.history.RecordChanged;
import org.shuangsuiji.registry.history.SubjectKind;
import org.shuangsuiji.registry.input.Page;
import org.shuangsuiji.registry.input.PageRequest;
import org.shuangsuiji.registry.input.Problems;
import org.shuangsuiji.registry.region.RegionTree;

/**
 * Registers, changes and reads agencies within the caller's scope, keeping their history.
 */
public class AgencyService {

	private final AgencyStore store;

	private final AgencyStaff staff;

	private final FlagService flags;

	private final HistoryRecorder history;

	private final RegionTree regions;

	private final Clock clock;

	private final DomainEvents events;

	public AgencyService(AgencyStore store, AgencyStaff staff, FlagService flags, HistoryRecorder history,
			RegionTree regions, Clock clock, DomainEvents events) {
		this.store = store;
		this.staff = staff;
		this.flags = flags;
		this.history = history;
		this.regions = regions;
		this.clock = clock;
		this.events = events;
	}

	/** Checks an input completely (400, then 422) and returns the profile. */
	public AgencyProfile check(AgencyInput input) {
		Problems problems = new Problems();
		AgencyProfile profile = AgencyRules.profile(input, this.regions, problems).orElse(null);
		problems.throwIfAny();
		return profile;
	}

	public Agency create(Caller caller, AgencyInput input) {
		caller.requireBureau();
		AgencyProfile profile = check(input);
		caller.requireCovers(profile.regionCode());
		requireUniqueCreditCode(profile, null);
		Agency saved = this.store.save(Agency.register(UUID.randomUUID().toString(), profile, AgencyStatus.ACTIVE));
		this.events.publish(RecordChanged.byApi(SubjectKind.AGENCY, saved.id(), profile.regionCode(), caller, "created",
				null, saved));
		this.events.publish(new AgencyRegistered(saved.id()));
		return this.flags.fresh(saved);
	}

	public Agency update(Caller caller, String id, AgencyInput input, Long expectedVersion) {
		Agency existing = require(id);
		caller.requireBureauCovering(existing.profile().regionCode());
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
			this.staff.moveRegion(id, profile.regionCode());
		}
		this.events.publish(
				RecordChanged.byApi(SubjectKind.AGENCY, id, profile.regionCode(), caller, "updated", existing, saved));
		return this.flags.fresh(saved);
	}

	public Agency changeStatus(Caller caller, String id, AgencyStatus status, String reason,
			java.time.LocalDate effectiveOn) {
		Agency existing = require(id);
		caller.requireBureauCovering(existing.profile().regionCode());
		Agency saved = this.store
			.save(existing.changeStatus(status, reason, effectiveOn, caller, this.clock.instant()));
		changed(caller, "status-changed", existing, saved);
		return this.flags.fresh(saved);
	}

	public Agency addPenalty(Caller caller, String id, Penalty penalty) {
		Agency existing = require(id);
		caller.requireBureauCovering(existing.profile().regionCode());
		Penalty withId = new Penalty(UUID.randomUUID().toString(), penalty.kind(), penalty.decidedOn(),
				penalty.authority(), penalty.decisionNumber(), penalty.description(), penalty.rectificationDeadline(),
				penalty.rectifiedOn(), penalty.rectificationNote());
		Agency saved = this.store.save(existing.addPenalty(withId, this.flags.today()));
		changed(caller, "penalty-added", existing, saved);
		return this.flags.fresh(saved);
	}

	public Agency rectify(Caller caller, String id, String penaltyId, java.time.LocalDate on, String note) {
		Agency existing = require(id);
		caller.requireBureauCovering(existing.profile().regionCode());
		Agency saved = this.store.save(existing.rectify(penaltyId, on, note, this.flags.today()));
		changed(caller, "penalty-rectified", existing, saved);
		return this.flags.fresh(saved);
	}

	public Agency notePartyBuilding(Caller caller, String id, int year, String note) {
		Agency existing = require(id);
		caller.requireBureauCovering(existing.profile().regionCode());
		Agency saved = this.store.save(existing.notePartyBuilding(year, note, this.flags.today()));
		changed(caller, "party-building-noted", existing, saved);
		return this.flags.fresh(saved);
	}

	public Agency get(Caller caller, String id) {
		Agency agency = require(id);
		AgencyAccess.requireRead(caller, id, agency.profile().regionCode());
		return this.flags.fresh(agency);
	}

	public List<ChangeRecord> history(Caller caller, String id) {
		Agency agency = require(id);
		AgencyAccess.requireRead(caller, id, agency.profile().regionCode());
		return this.history.of(SubjectKind.AGENCY, id);
	}

	/**
	 * Searches within the caller's scope: bureaus, inspectors and experts their region
	 * (or a region inside it), an agency account only its own agency.
	 */
	public Page<Agency> search(Caller caller, AgencyQuery query, PageRequest pageable) {
		AgencyQuery scoped;
		if (AgencyAccess.readsByRegion(caller)) {
			scoped = new AgencyQuery(query.name(), query.categories(), query.status(),
					AgencyAccess.searchRegion(caller, query.region()), query.flag(), null);
		}
		else if (AgencyAccess.readsOwnAgency(caller)) {
			scoped = new AgencyQuery(query.name(), query.categories(), query.status(), query.region(), query.flag(),
					caller.agencyId());
		}
		else {
			return Page.empty(pageable);
		}
		if (scoped.flag() != null) {
			// A flag search reads stored flags, so those in scope are made true first:
			// for
			// an agency account its own agency only, never a region (nor the country).
			if (scoped.agencyId() != null) {
				this.store.find(scoped.agencyId()).ifPresent(this.flags::fresh);
			}
			else {
				this.flags.refreshStale(scoped.region());
			}
		}
		Page<Agency> page = this.store.search(scoped, pageable);
		return Page.of(this.flags.fresh(page.items()), pageable, page.totalItems());
	}

	/**
	 * Anonymous directory (一公开): any agency, public fields only (the web layer trims).
	 */
	public Page<Agency> publicDirectory(AgencyQuery query, PageRequest pageable) {
		return this.store.search(
				new AgencyQuery(query.name(), query.categories(), query.status(), query.region(), null, null),
				pageable);
	}

	/**
	 * The draw's pool: active agencies of the region subtree with any of the categories.
	 */
	public List<Agency> pool(Caller caller, RegionCode region, Set<BusinessCategory> categories) {
		caller.requireBureauCovering(region);
		return this.store.activePool(region, categories);
	}

	/** The agency, if there is one with this id. */
	public Optional<Agency> find(String id) {
		return this.store.find(id);
	}

	public Agency require(String id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("no agency " + id));
	}

	private void changed(Caller caller, String action, Agency before, Agency after) {
		this.events.publish(RecordChanged.byApi(SubjectKind.AGENCY, after.id(), after.profile().regionCode(), caller,
				action, before, after));
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
