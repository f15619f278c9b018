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
import org.shuangsuiji.registry.input.Page;
import org.shuangsuiji.registry.input.PageRequest;
import org.shuangsuiji.registry.input.Problems;
import org.shuangsuiji.registry.region.RegionTree;

/**
 * The inspector and expert pools, one implementation for both kinds: kept by bureaus,
 * read by the draw.
 */
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

	public <M extends PoolMember> M create(Caller caller, PoolKind<M> kind, PoolInput input) {
		caller.requireBureau();
		M member = check(kind, UUID.randomUUID().toString(), input, null);
		caller.requireCovers(member.regionCode());
		this.store.findByKey(kind, member.naturalKey()).ifPresent((other) -> {
			throw duplicate(other.id(), member.keyedByCertificate());
		});
		M saved = this.store.save(kind, member);
		this.events.publish(
				RecordChanged.byApi(kind.subject(), saved.id(), saved.regionCode(), caller, "created", null, saved));
		return saved;
	}

	public <M extends PoolMember> M update(Caller caller, PoolKind<M> kind, String id, PoolInput input,
			Long expectedVersion) {
		M existing = require(kind, id);
		caller.requireBureauCovering(existing.regionCode());
		requireVersion(expectedVersion, existing.version(), id);
		M member = check(kind, id, input, existing.version());
		caller.requireCovers(member.regionCode());
		this.store.findByKey(kind, member.naturalKey()).filter((other) -> !other.id().equals(id)).ifPresent((other) -> {
			throw duplicate(other.id(), member.keyedByCertificate());
		});
		if (!HistoryRecorder.differ(existing, member)) {
			return existing;
		}
		M saved = this.store.save(kind, member);
		this.events
			.publish(RecordChanged.byApi(kind.subject(), id, saved.regionCode(), caller, "updated", existing, saved));
		return saved;
	}

	/** Pool members are read by bureaus of their region. */
	public <M extends PoolMember> M get(Caller caller, PoolKind<M> kind, String id) {
		M member = require(kind, id);
		caller.requireBureauCovering(member.regionCode());
		return member;
	}

	public List<ChangeRecord> history(Caller caller, PoolKind<?> kind, String id) {
		caller.requireBureauCovering(require(kind, id).regionCode());
		return this.history.of(kind.subject(), id);
	}

	public <M extends PoolMember> Page<M> page(Caller caller, PoolKind<M> kind, RegionCode region, PageRequest page) {
		return this.store.page(kind, PoolAccess.listRegion(caller, region), page);
	}

	/** The draw's pool: active members of the region subtree. */
	public <M extends PoolMember> List<M> active(Caller caller, PoolKind<M> kind, RegionCode region) {
		caller.requireBureauCovering(region);
		return this.store.inRegion(kind, region, true);
	}

	public <M extends PoolMember> M require(PoolKind<M> kind, String id) {
		return this.store.find(kind, id).orElseThrow(() -> new NotFoundException("no " + kind.noun() + " " + id));
	}

	public <M extends PoolMember> Optional<M> find(PoolKind<M> kind, String id) {
		return this.store.find(kind, id);
	}

	private <M extends PoolMember> M check(PoolKind<M> kind, String id, PoolInput input, Long version) {
		Problems problems = new Problems();
		M member = kind.check(id, input, version, this.regions, problems).orElse(null);
		problems.throwIfAny();
		return member;
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
