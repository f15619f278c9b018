package org.shuangsuiji.evidence.demo;

import java.nio.file.Path;

import tools.jackson.databind.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.shuangsuiji.evidence.config.EvidenceConfiguration;
import org.shuangsuiji.evidence.config.EvidenceProperties;
import org.shuangsuiji.evidence.record.EvidenceEvents;
import org.shuangsuiji.evidence.record.EvidenceRecords;
import org.shuangsuiji.evidence.record.Inspections;
import org.shuangsuiji.evidence.storage.ObjectStore;
import org.shuangsuiji.platform.event.DomainEvents;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The national history loader (issue 15): with {@code evidence.history.file} set, the
 * service started as a one-off process writes the evidence of the history file
 * ({@link HistoryEvidence}) after the indexes ({@code evidenceIndexes}, order 0), logs
 * one summary line and exits: 0, or 1 when a line was refused.
 */
@Component
@ConditionalOnProperty("evidence.history.file")
@Order(2)
class NationalHistory implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NationalHistory.class);

	private final HistoryEvidence evidence;

	private final Path file;

	private final ConfigurableApplicationContext context;

	NationalHistory(EvidenceRecords records, Inspections inspections, EvidenceEvents trail, ObjectStore store,
			EvidenceProperties properties, DomainEvents events, JsonMapper json,
			@Value("${evidence.history.file}") String file, ConfigurableApplicationContext context) {
		this.evidence = new HistoryEvidence(records, inspections, trail, store,
				EvidenceConfiguration.settings(properties), events, json);
		this.file = Path.of(file);
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		HistorySummary summary = this.evidence.load(this.file);
		log.info(summary.line());
		int code = summary.exitCode();
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

}
