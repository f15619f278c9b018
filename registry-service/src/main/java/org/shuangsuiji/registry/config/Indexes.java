package org.shuangsuiji.registry.config;

import org.shuangsuiji.registry.agency.persistence.MongoAgencyStore;
import org.shuangsuiji.registry.appraiser.persistence.MongoAppraiserStore;
import org.shuangsuiji.registry.conflict.persistence.MongoConflictStore;
import org.shuangsuiji.registry.history.persistence.MongoHistoryStore;
import org.shuangsuiji.registry.inspection.persistence.MongoInspectionRectificationStore;
import org.shuangsuiji.registry.pool.persistence.MongoPoolStore;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes (unique credit code, certificate number and pool key among them)
 * first thing at start-up, before data is loaded; creating an existing index is a no-op.
 */
@Component
@Order(StartUp.INDEXES)
class Indexes implements ApplicationRunner {

	private final MongoAgencyStore agencies;

	private final MongoAppraiserStore appraisers;

	private final MongoPoolStore pools;

	private final MongoConflictStore conflicts;

	private final MongoHistoryStore history;

	private final MongoInspectionRectificationStore inspectionRectifications;

	Indexes(MongoAgencyStore agencies, MongoAppraiserStore appraisers, MongoPoolStore pools,
			MongoConflictStore conflicts, MongoHistoryStore history,
			MongoInspectionRectificationStore inspectionRectifications) {
		this.agencies = agencies;
		this.appraisers = appraisers;
		this.pools = pools;
		this.conflicts = conflicts;
		this.history = history;
		this.inspectionRectifications = inspectionRectifications;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.agencies.createIndexes();
		this.appraisers.createIndexes();
		this.pools.createIndexes();
		this.conflicts.createIndexes();
		this.history.createIndexes();
		this.inspectionRectifications.createIndexes();
	}

}
