package org.shuangsuiji.inspection.demo;

import java.nio.file.Files;
import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.inspection.conclusion.ConclusionStore;
import org.shuangsuiji.inspection.disclosure.PublishedResultStore;
import org.shuangsuiji.inspection.dossier.DossierStore;
import org.shuangsuiji.inspection.dossier.RegisterReader;
import org.shuangsuiji.inspection.draw.DrawStore;
import org.shuangsuiji.inspection.plan.PlanService;
import org.shuangsuiji.inspection.rectification.RectificationStore;
import org.shuangsuiji.inspection.scoring.client.HttpSheetResults;
import org.shuangsuiji.inspection.task.TaskService;
import org.shuangsuiji.inspection.task.TaskStore;
import org.shuangsuiji.platform.event.DomainEvents;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The national history loader (issue 15), only when {@code inspection.history.file} is
 * set: the service started once more as a one-off process loads the file and exits. The
 * sheet results are read through the scoring client's own conversion
 * ({@link HttpSheetResults}) from the file instead of scoring-service; neither is a bean,
 * so nothing else reads them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "inspection.history.file")
class HistoryConfiguration {

	@Bean
	HistoryRunner historyRunner(HistoryProperties properties, JsonMapper json, PlanService plans, TaskStore tasks,
			DrawStore draws, TaskService taskService, ConclusionStore conclusions, RectificationStore rectifications,
			PublishedResultStore published, DossierStore dossiers, RegisterReader registerReader, DomainEvents events,
			Clock clock, ConfigurableApplicationContext context) {
		SheetResultsFile sheets = Files.exists(properties.sheetResultsFile())
				? SheetResultsFile.read(properties.sheetResultsFile(), json) : SheetResultsFile.none();
		HistoryLoader loader = new HistoryLoader(plans, tasks, draws, taskService, conclusions, rectifications,
				published, new HttpSheetResults(sheets), dossiers, registerReader, events, clock);
		return new HistoryRunner(properties.file(), loader, json,
				(code) -> System.exit(SpringApplication.exit(context, () -> code)));
	}

}
