package org.shuangsuiji.scoring.demo;

import java.nio.file.Path;

import tools.jackson.databind.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.shuangsuiji.scoring.engine.Scorers;
import org.shuangsuiji.scoring.sheet.ResultHash;
import org.shuangsuiji.scoring.sheet.SheetService;
import org.shuangsuiji.scoring.sheet.SheetStore;
import org.shuangsuiji.scoring.template.TemplateCatalog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The national history loader (issue 15): with {@code scoring.history.file} set, the
 * service started as a one-off process loads the official sheets of the history file
 * ({@link HistorySheets}) after the templates are in ({@code ScoringStartup}, order 0),
 * writes {@code scoring.history.out} (by default {@code sheet-results.jsonl} beside the
 * history file), logs one summary line and exits: 0, or 1 when a line was refused.
 */
@Component
@ConditionalOnProperty("scoring.history.file")
@Order(2)
class NationalHistory implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NationalHistory.class);

	static final String DEFAULT_OUT = "sheet-results.jsonl";

	private final HistorySheets sheets;

	private final Path file;

	private final Path out;

	private final ConfigurableApplicationContext context;

	NationalHistory(SheetStore store, SheetService service, TemplateCatalog templates, Scorers scorers, ResultHash hash,
			JsonMapper json, @Value("${scoring.history.file}") String file,
			@Value("${scoring.history.out:}") String out, ConfigurableApplicationContext context) {
		this.sheets = new HistorySheets(store, service, templates, scorers, hash, json);
		this.file = Path.of(file);
		this.out = out.isBlank() ? this.file.toAbsolutePath().resolveSibling(DEFAULT_OUT) : Path.of(out);
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		HistorySummary summary = this.sheets.load(this.file, this.out);
		log.info("{}; results in {}", summary.line(), this.out);
		int code = summary.exitCode();
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

}
