package org.shuangsuiji.scoring.config;

import org.springdoc.core.utils.SpringDocUtils;

import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.scoring.engine.ChecklistEvaluation;
import org.shuangsuiji.scoring.engine.Evaluation;
import org.shuangsuiji.scoring.engine.PointsEvaluation;

import org.springframework.context.annotation.Configuration;

/**
 * OpenAPI at {@code /v3/api-docs}: the {@link Caller} controller parameter comes from the
 * token, not from the request, so it is not documented as one; a result of either kind is
 * documented in the one flat form {@link ScoringJsonModule} writes it in.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		SpringDocUtils.getConfig()
			.addRequestWrapperToIgnore(Caller.class)
			.replaceWithClass(Evaluation.class, ScoringJsonModule.EvaluationJson.class)
			.replaceWithClass(ChecklistEvaluation.class, ScoringJsonModule.EvaluationJson.class)
			.replaceWithClass(PointsEvaluation.class, ScoringJsonModule.EvaluationJson.class);
	}

}
