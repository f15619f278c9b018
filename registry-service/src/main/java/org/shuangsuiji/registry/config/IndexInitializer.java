package org.shuangsuiji.registry.config;

import org.shuangsuiji.registry.agency.persistence.AgencyStore;
import org.shuangsuiji.registry.appraiser.persistence.AppraiserStore;
import org.shuangsuiji.registry.conflict.persistence.ConflictStore;
import org.shuangsuiji.registry.history.persistence.HistoryStore;
import org.shuangsuiji.registry.pool.persistence.PoolStore;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes (unique credit code, certificate number and pool key among them)
 * before the service takes requests; creating an existing index is a no-op.
 */
@Component
class IndexInitializer implements SmartInitializingSingleton {

	private final AgencyStore agencies;

	private final AppraiserStore appraisers;

	private final PoolStore pools;

	private final ConflictStore conflicts;

	private final HistoryStore history;

	IndexInitializer(AgencyStore agencies, AppraiserStore appraisers, PoolStore pools, ConflictStore conflicts,
			HistoryStore history) {
		this.agencies = agencies;
		this.appraisers = appraisers;
		this.pools = pools;
		this.conflicts = conflicts;
		this.history = history;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.agencies.createIndexes();
		this.appraisers.createIndexes();
		this.pools.createIndexes();
		this.conflicts.createIndexes();
		this.history.createIndexes();
	}

}
