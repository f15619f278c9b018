package org.shuangsuiji.registry.appraiser;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.agency.AgencyAccess;
import org.shuangsuiji.registry.agency.AgencyService;
import org.shuangsuiji.registry.agency.AgencyStatus;
import org.shuangsuiji.registry.agency.FlagService;
import org.shuangsuiji.registry.history.ChangeRecord;
import org.shuangsuiji.registry.history.HistoryRecorder;
import org.shuangsuiji.registry.history.RecordChanged;
import org.shuangsuiji.registry.history.SubjectKind;
import org.shuangsuiji.registry.input.Page;
import org.shuangsuiji.registry.input.PageRequest;
import org.shuangsuiji.registry.input.Problems;

/** Registers and changes appraisers; one appraiser practises at one agency only. */
public class AppraiserService {

	private final AppraiserStore store;

	private final AgencyService agencies;

	private final FlagService flags;

	private final HistoryRecorder history;

	private final DomainEvents events;

	public AppraiserService(AppraiserStore store, AgencyService agencies, FlagService flags, HistoryRecorder history,
			DomainEvents events) {
		this.store = store;
		this.agencies = agencies;
		this.flags = flags;
		this.history = history;
		this.events = events;
	}

	public Appraiser create(Caller caller, AppraiserInput input) {
		// the door before the body: only a bureau registers appraisers, then only one
		// covering the agency they will belong to
		caller.requireBureau();
		Agency agency = agencyFor(input);
		caller.requireBureauCovering(agency.profile().regionCode());
		Optional<Appraiser> existing = Optional.ofNullable(input.certificateNo())
			.map(String::strip)
			.flatMap(this.store::findByCertificateNo);
		// Certificates are national; one registered outside the caller's region is not
		// moved, and the answer does not say where it is (the import checks the same).
		if (existing.isPresent() && !caller.covers(existing.get().regionCode())) {
			throw new ConflictException("appraiser-registered-elsewhere",
					"certificateNo: an appraiser with this certificate number is registered outside your region;"
							+ " only a bureau covering both regions can move them")
				.with("field", "certificateNo");
		}
		if (existing.isPresent() && existing.get().agencyId().equals(agency.id())) {
			throw new ConflictException("appraiser-duplicate",
					"certificateNo: appraiser " + existing.get().certificateNo() + " is already registered at "
							+ agency.profile().name())
				.with("field", "certificateNo")
				.with("appraiserId", existing.get().id());
		}
		return write(caller, existing.map(Appraiser::id).orElse(UUID.randomUUID().toString()), input, agency, existing,
				"api");
	}

	public Appraiser update(Caller caller, String id, AppraiserInput input, Long expectedVersion) {
		Appraiser existing = require(id);
		caller.requireBureauCovering(existing.regionCode());
		Agency agency = agencyFor(input);
		caller.requireCovers(agency.profile().regionCode());
		if (expectedVersion != null && !expectedVersion.equals(existing.version())) {
			throw new ConflictException("stale-version",
					"appraiser " + id + " was changed since version " + expectedVersion + "; read it again");
		}
		if (input.certificateNo() != null && !input.certificateNo().strip().equals(existing.certificateNo())) {
			this.store.findByCertificateNo(input.certificateNo().strip())
				.filter((other) -> !other.id().equals(id))
				.ifPresent((other) -> {
					throw new ConflictException("appraiser-duplicate",
							"certificateNo: " + other.certificateNo() + " belongs to another appraiser")
						.with("field", "certificateNo");
				});
		}
		return write(caller, id, input, agency, Optional.of(existing), "api");
	}

	/**
	 * Checks and stores one appraiser: the single-practice rule (409), then the record
	 * rules (400/422). Marks the agencies' flags stale before writing.
	 */
	private Appraiser write(Caller caller, String id, AppraiserInput input, Agency agency, Optional<Appraiser> existing,
			String source) {
		LocalDate today = this.flags.today();
		Problems problems = new Problems();
		Appraiser appraiser = AppraiserRules
			.appraiser(id, input, agency, existing.map(Appraiser::version).orElse(null), today, problems)
			.orElse(null);
		problems.throwIfAny();
		if (appraiser.active() && agency.status() == AgencyStatus.CANCELLED) {
			throw new RuleViolationException("agency-cancelled",
					"agencyId: " + agency.profile().name() + " is cancelled (注销); it has no active appraisers")
				.with("field", "agencyId");
		}
		String otherName = existing.filter((a) -> !a.agencyId().equals(agency.id()))
			.map((a) -> this.agencies.require(a.agencyId()).profile().name())
			.orElse(agency.profile().name());
		if (appraiser.active()) {
			AppraiserRules.requireSinglePractice(existing, agency.id(), agency.profile().name(), otherName);
		}
		if (existing.isPresent() && !HistoryRecorder.differ(existing.get(), appraiser)) {
			return existing.get();
		}
		java.util.Set<String> touched = new java.util.HashSet<>();
		touched.add(agency.id());
		existing.ifPresent((a) -> touched.add(a.agencyId()));
		this.flags.invalidate(touched);
		Appraiser saved = this.store.save(appraiser);
		this.events.publish(new RecordChanged(SubjectKind.APPRAISER, saved.id(), saved.regionCode(), caller,
				existing.isPresent() ? "updated" : "created", source, existing.orElse(null), saved));
		return saved;
	}

	public Appraiser get(Caller caller, String id) {
		Appraiser appraiser = require(id);
		AgencyAccess.requireRead(caller, appraiser.agencyId(), appraiser.regionCode());
		return appraiser;
	}

	public List<ChangeRecord> history(Caller caller, String id) {
		Appraiser appraiser = get(caller, id);
		return this.history.of(SubjectKind.APPRAISER, appraiser.id());
	}

	public List<Appraiser> ofAgency(Caller caller, String agencyId) {
		Agency agency = this.agencies.require(agencyId);
		AgencyAccess.requireRead(caller, agencyId, agency.profile().regionCode());
		return this.store.ofAgency(agencyId);
	}

	public Page<Appraiser> search(Caller caller, RegionCode region, String agencyId, String name,
			AppraiserStatus status, PageRequest pageable) {
		if (AgencyAccess.readsByRegion(caller)) {
			return this.store.search(AgencyAccess.searchRegion(caller, region), agencyId, name, status, pageable);
		}
		if (AgencyAccess.readsOwnAgency(caller)) {
			Agency own = this.agencies.require(caller.agencyId());
			if (agencyId != null && !agencyId.equals(own.id())) {
				AgencyAccess.requireRead(caller, agencyId, own.profile().regionCode());
			}
			return this.store.search(own.profile().regionCode(), own.id(), name, status, pageable);
		}
		return Page.empty(pageable);
	}

	public Appraiser require(String id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("no appraiser " + id));
	}

	private Agency agencyFor(AppraiserInput input) {
		if (input.agencyId() == null || input.agencyId().isBlank()) {
			throw new org.shuangsuiji.platform.problem.InvalidInputException("invalid-input", "agencyId",
					"the agency is required");
		}
		return this.agencies.find(input.agencyId())
			.orElseThrow(() -> new RuleViolationException("agency-unknown", "agencyId: no agency " + input.agencyId())
				.with("field", "agencyId"));
	}

}
