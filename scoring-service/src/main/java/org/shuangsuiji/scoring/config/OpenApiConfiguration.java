package org.shuangsuiji.scoring.config;

import org.springdoc.core.utils.SpringDocUtils;

import org.shuangsuiji.scoring.engine.ChecklistEvaluation;
import org.shuangsuiji.scoring.engine.Evaluation;
import org.shuangsuiji.scoring.engine.PointsEvaluation;

import org.springframework.context.annotation.Configuration;

/**
 * OpenAPI at {@code /v3/api-docs}: a result of either kind is documented in the one flat
 * form {@link ScoringJsonModule} writes it in. (The {@code Caller} argument is left out
 * for every service by platform-web.)
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		SpringDocUtils.getConfig()
			.replaceWithClass(Evaluation.class, ScoringJsonModule.EvaluationJson.class)
			.replaceWithClass(ChecklistEvaluation.class, ScoringJsonModule.EvaluationJson.class)
			.replaceWithClass(PointsEvaluation.class, ScoringJsonModule.EvaluationJson.class);
	}

}
