package org.shuangsuiji.inspection.config;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.shuangsuiji.inspection.calendar.WorkingDays;
import org.shuangsuiji.inspection.dashboard.DashboardFacts;
import org.shuangsuiji.inspection.dashboard.DashboardService;
import org.shuangsuiji.inspection.dashboard.NationalTallies;
import org.shuangsuiji.inspection.dashboard.NationalTallying;
import org.shuangsuiji.inspection.dashboard.listener.NationalTallyListener;
import org.shuangsuiji.inspection.dashboard.persistence.MongoDashboardFacts;
import org.shuangsuiji.inspection.dashboard.persistence.MongoNationalTallies;
import org.shuangsuiji.inspection.task.TaskStore;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The inspection dashboard on its MongoDB aggregations, and the national view's stored
 * tallies with the listener that marks them stale.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DashboardConfiguration.class);

	@Bean
	MongoDashboardFacts dashboardFacts(MongoTemplate mongo) {
		return new MongoDashboardFacts(mongo);
	}

	@Bean
	MongoNationalTallies nationalTallies(MongoTemplate mongo) {
		return new MongoNationalTallies(mongo);
	}

	@Bean
	NationalTallying nationalTallying(DashboardFacts facts, NationalTallies tallies) {
		return new NationalTallying(facts, tallies);
	}

	@Bean
	NationalTallyListener nationalTallyListener(NationalTallying tallying, TaskStore tasks) {
		return new NationalTallyListener(tallying, tasks);
	}

	@Bean
	DashboardService dashboardService(DashboardFacts facts, NationalTallying national, WorkingDays calendar,
			Clock clock) {
		return new DashboardService(facts, national, calendar, clock);
	}

	/**
	 * At start-up, after the draw repair: every province's year is marked stale (tallies
	 * of data written before they existed, or a touch a stop cut off) and recounted
	 * before the service reports ready, so that no national read after a start waits for
	 * it. The one-off history loader process ({@code inspection.history.file} set) only
	 * marks: it serves no reads, and its own writes mark the cells again.
	 */
	@Bean
	@Order(1)
	ApplicationRunner nationalTallyRunner(NationalTallying tallying,
			@Value("${inspection.history.file:}") String historyFile) {
		boolean recount = historyFile.isBlank();
		return (args) -> {
			long started = System.nanoTime();
			int marked = tallying.touchAll();
			int recounted = recount ? tallying.recountStale() : 0;
			log.info("national tallies: {} province-years marked, {} recounted in {} ms", marked, recounted,
					Duration.ofNanos(System.nanoTime() - started).toMillis());
		};
	}

}
