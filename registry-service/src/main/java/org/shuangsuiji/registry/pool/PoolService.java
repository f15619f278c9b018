package org.shuangsuiji.registry.pool;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

/** The inspector and expert pools; kept by bureaus, read by the draw. */
public class PoolService {

	private final PoolStore store;

	private final RegionTree regions;

	private final HistoryRecorder history;

	private final DomainEvents events;

	public PoolService(PoolStore store, RegionTree regions, HistoryRecorder history, DomainEvents events) {
		this.store = store;
		this.regions = regions;
		this.history = history;
		this.events = events;
	}

	public Inspector createInspector(Caller caller, PoolInput input) {
		PoolAccess.requireBureau(caller);
		Inspector inspector = checkInspector(UUID.randomUUID().toString(), input, null);
		caller.requireCovers(inspector.regionCode());
		this.store.inspectorByKey(inspector.naturalKey()).ifPresent((other) -> {
			throw duplicate(other.id(), inspector.lawEnforcementCertNo() != null);
		});
		Inspector saved = this.store.save(inspector);
		this.events.publish(RecordChanged.byApi(SubjectKind.INSPECTOR, saved.id(), saved.regionCode(), caller,
				"created", null, saved));
		return saved;
	}

	public Inspector updateInspector(Caller caller, String id, PoolInput input, Long expectedVersion) {
		Inspector existing = inspector(id);
		PoolAccess.requireBureauCovering(caller, existing.regionCode());
		requireVersion(expectedVersion, existing.version(), id);
		Inspector inspector = checkInspector(id, input, existing.version());
		caller.requireCovers(inspector.regionCode());
		this.store.inspectorByKey(inspector.naturalKey())
			.filter((other) -> !other.id().equals(id))
			.ifPresent((other) -> {
				throw duplicate(other.id(), inspector.lawEnforcementCertNo() != null);
			});
		if (!HistoryRecorder.differ(existing, inspector)) {
			return existing;
		}
		Inspector saved = this.store.save(inspector);
		this.events.publish(
				RecordChanged.byApi(SubjectKind.INSPECTOR, id, saved.regionCode(), caller, "updated", existing, saved));
		return saved;
	}

	public Expert createExpert(Caller caller, PoolInput input) {
		PoolAccess.requireBureau(caller);
		Expert expert = checkExpert(UUID.randomUUID().toString(), input, null);
		caller.requireCovers(expert.regionCode());
		this.store.expertByKey(expert.naturalKey()).ifPresent((other) -> {
			throw duplicate(other.id(), false);
		});
		Expert saved = this.store.save(expert);
		this.events.publish(RecordChanged.byApi(SubjectKind.EXPERT, saved.id(), saved.regionCode(), caller, "created",
				null, saved));
		return saved;
	}

	public Expert updateExpert(Caller caller, String id, PoolInput input, Long expectedVersion) {
		Expert existing = expert(id);
		PoolAccess.requireBureauCovering(caller, existing.regionCode());
		requireVersion(expectedVersion, existing.version(), id);
		Expert expert = checkExpert(id, input, existing.version());
		caller.requireCovers(expert.regionCode());
		this.store.expertByKey(expert.naturalKey()).filter((other) -> !other.id().equals(id)).ifPresent((other) -> {
			throw duplicate(other.id(), false);
		});
		if (!HistoryRecorder.differ(existing, expert)) {
			return existing;
		}
		Expert saved = this.store.save(expert);
		this.events.publish(
				RecordChanged.byApi(SubjectKind.EXPERT, id, saved.regionCode(), caller, "updated", existing, saved));
		return saved;
	}

	/** Pool members are read by bureaus of their region. */
	public Inspector getInspector(Caller caller, String id) {
		Inspector inspector = inspector(id);
		PoolAccess.requireBureauCovering(caller, inspector.regionCode());
		return inspector;
	}

	public Expert getExpert(Caller caller, String id) {
		Expert expert = expert(id);
		PoolAccess.requireBureauCovering(caller, expert.regionCode());
		return expert;
	}

	public List<ChangeRecord> history(Caller caller, SubjectKind kind, String id) {
		RegionCode region = (kind == SubjectKind.INSPECTOR) ? inspector(id).regionCode() : expert(id).regionCode();
		PoolAccess.requireBureauCovering(caller, region);
		return this.history.of(kind, id);
	}

	public Page<Inspector> inspectors(Caller caller, RegionCode region, PageRequest pageable) {
		return this.store.inspectorPage(PoolAccess.listRegion(caller, region), pageable);
	}

	public Page<Expert> experts(Caller caller, RegionCode region, PageRequest pageable) {
		return this.store.expertPage(PoolAccess.listRegion(caller, region), pageable);
	}

	/** The draw's inspector pool: active members of the region subtree. */
	public List<Inspector> activeInspectors(Caller caller, RegionCode region) {
		PoolAccess.requireBureauCovering(caller, region);
		return this.store.inspectors(region, true);
	}

	public List<Expert> activeExperts(Caller caller, RegionCode region) {
		PoolAccess.requireBureauCovering(caller, region);
		return this.store.experts(region, true);
	}

	public Inspector inspector(String id) {
		return this.store.inspector(id).orElseThrow(() -> new NotFoundException("no inspector " + id));
	}

	public Expert expert(String id) {
		return this.store.expert(id).orElseThrow(() -> new NotFoundException("no expert " + id));
	}

	public Optional<Inspector> findInspector(String id) {
		return this.store.inspector(id);
	}

	public Optional<Expert> findExpert(String id) {
		return this.store.expert(id);
	}

	private Inspector checkInspector(String id, PoolInput input, Long version) {
		Problems problems = new Problems();
		Inspector inspector = PoolRules.inspector(id, input, version, this.regions, problems).orElse(null);
		problems.throwIfAny();
		return inspector;
	}

	private Expert checkExpert(String id, PoolInput input, Long version) {
		Problems problems = new Problems();
		Expert expert = PoolRules.expert(id, input, version, this.regions, problems).orElse(null);
		problems.throwIfAny();
		return expert;
	}

	private static void requireVersion(Long expected, Long actual, String id) {
		if (expected != null && !expected.equals(actual)) {
			throw new ConflictException("stale-version", id + " was changed since version " + expected);
		}
	}

	private static ConflictException duplicate(String otherId, boolean byCertificate) {
		ConflictException ex = new ConflictException("pool-member-duplicate",
				byCertificate ? "lawEnforcementCertNo: this 执法证号 is already in the pool"
						: "name: a person of this name, unit and region is already in the pool");
		ex.with("field", byCertificate ? "lawEnforcementCertNo" : "name").with("id", otherId);
		return ex;
	}

}
