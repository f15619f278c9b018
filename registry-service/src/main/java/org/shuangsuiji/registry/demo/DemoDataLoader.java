package org.shuangsuiji.registry.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.agency.AgencyStore;
import org.shuangsuiji.registry.appraiser.Appraiser;
import org.shuangsuiji.registry.appraiser.AppraiserStore;
import org.shuangsuiji.registry.config.StartUp;
import org.shuangsuiji.registry.conflict.ConflictOfInterest;
import org.shuangsuiji.registry.conflict.ConflictStore;
import org.shuangsuiji.registry.history.HistoryRecorder;
import org.shuangsuiji.registry.history.RecordChanged;
import org.shuangsuiji.registry.history.SubjectKind;
import org.shuangsuiji.registry.pool.Expert;
import org.shuangsuiji.registry.pool.Inspector;
import org.shuangsuiji.registry.pool.PoolKind;
import org.shuangsuiji.registry.pool.PoolStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads {@link DemoData} at startup when {@code registry.demo-data=true} (the
 * {@code local} profile), after the indexes and before the flags are refreshed. Records
 * that exist (by id) are left alone, so a second start adds nothing and changes made in
 * the demo are kept.
 */
@Component
@ConditionalOnProperty(name = "registry.demo-data", havingValue = "true")
@Order(StartUp.DEMO_DATA)
public class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final Caller LOADER = new Caller("demo-data", "演示数据", Set.of(), RegionCode.of("410000"), null);

	private final AgencyStore agencies;

	private final AppraiserStore appraisers;

	private final PoolStore pools;

	private final ConflictStore conflicts;

	private final HistoryRecorder history;

	private final Clock clock;

	public DemoDataLoader(AgencyStore agencies, AppraiserStore appraisers, PoolStore pools, ConflictStore conflicts,
			HistoryRecorder history, Clock clock) {
		this.agencies = agencies;
		this.appraisers = appraisers;
		this.pools = pools;
		this.conflicts = conflicts;
		this.history = history;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int added = load(DemoData.generate(LocalDate.now(this.clock)));
		log.info("Demo data (fictional): {} records added", added);
	}

	/** Inserts what is missing; returns how many records were added. */
	public int load(DemoData data) {
		int added = 0;
		for (Agency agency : data.agencies()) {
			if (this.agencies.find(agency.id()).isEmpty()) {
				this.agencies.save(agency);
				this.history.record(new RecordChanged(SubjectKind.AGENCY, agency.id(), agency.profile().regionCode(),
						LOADER, "created", "demo-data", null, agency));
				added++;
			}
		}
		for (Appraiser appraiser : data.appraisers()) {
			if (this.appraisers.find(appraiser.id()).isEmpty()) {
				this.appraisers.save(appraiser);
				added++;
			}
		}
		for (Inspector inspector : data.inspectors()) {
			if (this.pools.find(PoolKind.INSPECTORS, inspector.id()).isEmpty()) {
				this.pools.save(PoolKind.INSPECTORS, inspector);
				added++;
			}
		}
		for (Expert expert : data.experts()) {
			if (this.pools.find(PoolKind.EXPERTS, expert.id()).isEmpty()) {
				this.pools.save(PoolKind.EXPERTS, expert);
				added++;
			}
		}
		for (ConflictOfInterest conflict : data.conflicts()) {
			if (this.conflicts.find(conflict.id()).isEmpty()) {
				this.conflicts.save(conflict);
				added++;
			}
		}
		return added;
	}

}
