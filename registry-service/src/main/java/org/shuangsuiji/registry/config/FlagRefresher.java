package org.shuangsuiji.registry.config;

import org.shuangsuiji.registry.agency.FlagService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recomputes stale flags at start-up (after the demo data) and every night just after
 * midnight, so that a flag search rarely has to (expiry windows open and close by date,
 * and a new year judges training hours anew).
 */
@Component
@EnableScheduling
@Order(StartUp.FLAGS)
class FlagRefresher implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FlagRefresher.class);

	private final FlagService flags;

	FlagRefresher(FlagService flags) {
		this.flags = flags;
	}

	@Override
	public void run(ApplicationArguments args) {
		refresh();
	}

	@Scheduled(cron = "${registry.flag-refresh-cron:0 5 0 * * *}", zone = "${registry.zone:Asia/Shanghai}")
	void nightly() {
		refresh();
	}

	private void refresh() {
		int refreshed = this.flags.refreshStale(null);
		if (refreshed > 0) {
			log.info("Recomputed the flags of {} agencies", refreshed);
		}
	}

}
