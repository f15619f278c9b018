package org.shuangsuiji.scoring.config;

import java.time.Clock;
import java.util.UUID;

import tools.jackson.core.StreamWriteFeature;

import org.shuangsuiji.scoring.dashboard.DashboardService;
import org.shuangsuiji.scoring.dashboard.persistence.MongoDashboardStore;
import org.shuangsuiji.scoring.engine.Scorers;
import org.shuangsuiji.scoring.inspection.InspectionTasks;
import org.shuangsuiji.scoring.sheet.InspectionEvidence;
import org.shuangsuiji.scoring.sheet.SheetService;
import org.shuangsuiji.scoring.sheet.json.CanonicalResultHash;
import org.shuangsuiji.scoring.sheet.persistence.MongoSheetStore;
import org.shuangsuiji.scoring.template.TemplateCatalog;
import org.shuangsuiji.scoring.template.persistence.MongoTemplateStore;
import org.shuangsuiji.scoring.template.persistence.TemplateFileLoader;
import org.shuangsuiji.scoring.template.web.TemplateBodies;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The domain services, wired by hand to their MongoDB stores. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScoringProperties.class)
public class ScoringConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	MongoTemplateStore templateStore(MongoTemplate mongo) {
		return new MongoTemplateStore(mongo, ScoringJson.storage());
	}

	@Bean
	MongoSheetStore sheetStore(MongoTemplate mongo) {
		return new MongoSheetStore(mongo, ScoringJson.storage());
	}

	@Bean
	MongoDashboardStore dashboardStore(MongoTemplate mongo) {
		return new MongoDashboardStore(mongo);
	}

	@Bean
	TemplateCatalog templateCatalog(MongoTemplateStore store, Clock clock) {
		return new TemplateCatalog(store, clock);
	}

	@Bean
	TemplateBodies templateBodies() {
		return new TemplateBodies(ScoringJson.mapper());
	}

	@Bean
	Scorers scorers(TemplateCatalog templates) {
		return new Scorers(templates);
	}

	@Bean
	CanonicalResultHash resultHash() {
		return new CanonicalResultHash(ScoringJson.mapper());
	}

	@Bean
	SheetService sheetService(MongoSheetStore store, TemplateCatalog templates, Scorers scorers, Clock clock,
			InspectionTasks inspectionTasks, CanonicalResultHash resultHash, InspectionEvidence inspectionEvidence) {
		return new SheetService(store, templates, scorers, clock, () -> UUID.randomUUID().toString(), inspectionTasks,
				resultHash, inspectionEvidence);
	}

	@Bean
	TemplateFileLoader templateFileLoader(TemplateCatalog catalog, ResourcePatternResolver resources,
			ScoringProperties properties) {
		return new TemplateFileLoader(catalog, resources, properties.templateLocations(), ScoringJson.mapper());
	}

	@Bean
	DashboardService dashboardService(MongoDashboardStore store) {
		return new DashboardService(store);
	}

	/**
	 * Region codes as strings, decimals never in exponent form (100, not 1E+2), and
	 * unknown properties refused: a misspelt "occurences" is a 400, not a silently
	 * ignored answer.
	 */
	@Bean
	JsonMapperBuilderCustomizer scoringJson() {
		return (builder) -> builder.addModule(new ScoringJsonModule())
			.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
			.enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
	}

}
