package org.shuangsuiji.registry.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shuangsuiji.platform.event.DomainEvents;
import org.shuangsuiji.platform.tables.Table.Row;
import org.shuangsuiji.platform.tables.Table;
import org.shuangsuiji.registry.history.HistoryRecorder;
import org.shuangsuiji.registry.history.RecordChanged;
import org.shuangsuiji.registry.input.Problems;
import org.shuangsuiji.registry.pool.PoolInput;
import org.shuangsuiji.registry.pool.PoolKind;
import org.shuangsuiji.registry.pool.PoolMember;
import org.shuangsuiji.registry.pool.PoolStore;
import org.shuangsuiji.registry.region.RegionTree;

/**
 * Inspector and expert files, one implementation for both pools: a row is a member,
 * matched by its natural key (the 执法证号, else name, unit and region).
 *
 * @param <M> the member type
 */
class PoolImport<M extends PoolMember> implements SheetImport<M> {

	private final PoolKind<M> pool;

	private final PoolStore store;

	private final RegionTree regions;

	private final DomainEvents events;

	PoolImport(PoolKind<M> pool, PoolStore store, RegionTree regions, DomainEvents events) {
		this.pool = pool;
		this.store = store;
		this.regions = regions;
		this.events = events;
	}

	@Override
	public List<Planned<M>> plan(ImportRun run, Table table, List<ImportError> errors) {
		Map<Row, M> checked = check(run, table, errors);
		Map<String, M> stored = StoredRecords.byKey(checked.values().stream().map(PoolMember::naturalKey).toList(),
				(keys) -> this.store.findByKeys(this.pool, keys), PoolMember::naturalKey);
		List<Planned<M>> plan = new ArrayList<>();
		checked.forEach((row, given) -> {
			M before = stored.get(given.naturalKey());
			if (before != null && !run.caller().covers(before.regionCode())) {
				errors.add(new ImportError(row.number(), PoolSheet.REGION,
						"already in the pool of region " + before.regionCode() + ", outside your region"));
				return;
			}
			M after = (before != null) ? this.pool.withIdentity(given, before.id(), before.version())
					: this.pool.withIdentity(given, UUID.randomUUID().toString(), null);
			plan.add(new Planned<>(row.number(), before, after,
					before == null || HistoryRecorder.differ(before, after)));
		});
		return plan;
	}

	private Map<Row, M> check(ImportRun run, Table table, List<ImportError> errors) {
		Map<Row, M> checked = new LinkedHashMap<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Row row : table.rows()) {
			Optional<PoolInput> input = PoolSheet.read(this.pool, row, errors);
			if (input.isEmpty()) {
				continue;
			}
			Problems problems = new Problems();
			Optional<M> member = this.pool.check(null, input.get(), null, this.regions, problems);
			for (Problems.Problem problem : problems.all()) {
				errors.add(new ImportError(row.number(), PoolSheet.columnOf(problem.field()), problem.message()));
			}
			if (member.isEmpty()) {
				continue;
			}
			if (!run.caller().covers(member.get().regionCode())) {
				errors.add(new ImportError(row.number(), PoolSheet.REGION,
						"region " + member.get().regionCode() + " is outside your region " + run.caller().region()));
				continue;
			}
			HeaderCheck.requireUnique(seen, member.get().naturalKey(), row.number(),
					member.get().keyedByCertificate() ? PoolSheet.CERT_NO : PoolSheet.NAME, errors);
			checked.put(row, member.get());
		}
		return checked;
	}

	@Override
	public void apply(ImportRun run, List<Planned<M>> plan) {
		for (Planned<M> planned : plan) {
			if (planned.changed()) {
				M after = this.store.save(this.pool, planned.after());
				this.events.publish(new RecordChanged(this.pool.subject(), after.id(), after.regionCode(), run.caller(),
						ImportRun.action(planned), run.source(), planned.before(), planned.after()));
			}
		}
	}

}
