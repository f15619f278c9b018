package org.shuangsuiji.scoring.engine.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;
import org.shuangsuiji.scoring.testing.ScoringServiceTest;
import org.shuangsuiji.scoring.testing.ScoringTokens;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.scoring.testing.ScoringTokens.token;

/**
 * The stateless evaluation endpoint: answers in, explained result out, nothing stored.
 */
@ScoringServiceTest
class EvaluationApiTests {

	static final String EZHOU = "/api/scoring/templates/ezhou-2025-scoring/versions/1/evaluations";

	@LocalServerPort
	int port;

	private TestHttp api(Role role) {
		return TestHttp.on(this.port).as(token(role, "420704"));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everySignedInRolePreviewsAResult(Role role) {
		Reply reply = api(role).post(EZHOU, answers(Map.of("2", rules(rule("2.7", null, null)), "4",
				rules(rule("4.1.b", 1, null)), "12", score("100"), "13", score("5"))));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode result = reply.json();
		assertThat(result.path("total").toString()).isEqualTo("89.5");
		assertThat(result.path("grade").path("label").asString()).isEqualTo("合格");
		assertThat(result.path("complete").asBoolean()).as("a preview of a partial sheet, flagged").isFalse();
		assertThat(result.path("missingItems")).hasSize(12);
		assertThat(result.path("provincialReview").asBoolean()).isFalse();
		assertThat(result.path("trace").path(0).path("ref").asString()).isEqualTo("2.7");
		assertThat(result.path("trace").path(0).path("points").toString()).isEqualTo("-10");
	}

	@Test
	void anonymousCallersCannotEvaluate() {
		assertThat(TestHttp.on(this.port).anonymous().post(EZHOU, answers(Map.of())).status()).isEqualTo(401);
	}

	@Test
	void aChecklistPreviewConcludes() {
		Reply reply = api(Role.INSPECTOR).post("/api/scoring/templates/xinxiang-2024-checklist/versions/1/evaluations",
				answers(Map.of("1", Map.of("finding", "A", "subPoints", List.of(3)))));
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().path("conclusion").path("code").asString()).isEqualTo("SUSPEND_PRACTICE");
		assertThat(reply.json().get("total").isNull()).as("a checklist has no total").isTrue();
		assertThat(reply.json().get("grade").isNull()).as("a checklist has no grade").isTrue();
		assertThat(reply.json().path("complete").asBoolean()).isFalse();
		assertThat(reply.json().path("missingItems")).hasSize(20);
	}

	@Test
	void aChecklistPreviewWithUnansweredItemsAndNoFindingSaysTheyAreUnanswered() {
		Reply reply = api(Role.INSPECTOR).post("/api/scoring/templates/xinxiang-2024-checklist/versions/1/evaluations",
				answers(Map.of("2", Map.of("finding", "B"))));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode conclusion = reply.json().path("conclusion");
		assertThat(conclusion.path("code").asString()).isEqualTo("INCOMPLETE");
		assertThat(conclusion.path("label").asString()).startsWith("尚有20项未作答").doesNotStartWith("未发现问题");
	}

	@Test
	void rulesCountedPerOptionOrTitleOrByTheirCountNeedThemAnsweredNamingTheItem() {
		assertProblem(api(Role.INSPECTOR).post(EZHOU, answers(Map.of("9", rules(rule("9.1", null, null))))),
				"invalid-answer", "9");
		assertProblem(api(Role.INSPECTOR).post(EZHOU, answers(Map.of("15", rules(rule("15.1.a", null, null))))),
				"invalid-answer", "15");
		assertProblem(api(Role.INSPECTOR).post(EZHOU, answers(Map.of("14", rules(rule("14.4", null, null))))),
				"invalid-answer", "14");
	}

	@Test
	void badAnswersAreAProblemNamingTheItem() {
		assertProblem(api(Role.INSPECTOR).post(EZHOU, answers(Map.of("16", score("1")))), "unknown-item", "16");
		assertProblem(api(Role.INSPECTOR).post(EZHOU, answers(Map.of("4", rules(rule("1.1", null, null))))),
				"unknown-rule", "4");
		assertProblem(api(Role.INSPECTOR).post(EZHOU, answers(Map.of("4", rules(rule("4.1.b", -1, null))))),
				"invalid-answer", "4");
		assertProblem(
				api(Role.INSPECTOR).post(EZHOU,
						answers(Map.of("8", rules(
								Map.of("ruleId", "8.2", "points", 2, "contents", List.of("门牌"), "reason", "内容有误"))))),
				"invalid-answer", "8");
		assertProblem(api(Role.INSPECTOR).post(EZHOU, answers(Map.of("12", score("100.5")))), "invalid-answer", "12");
		assertProblem(api(Role.INSPECTOR).post(EZHOU, answers(Map.of("13", score("-0.5")))), "invalid-answer", "13");
	}

	@Test
	void malformedBodiesAreRefusedWithoutAServerError() {
		assertThat(api(Role.INSPECTOR).post(EZHOU, "{\"answers\": 3}").status()).isEqualTo(400);
		assertThat(api(Role.INSPECTOR).post(EZHOU, "{").status()).isEqualTo(400);
		assertThat(api(Role.INSPECTOR).post(EZHOU, "{}").status()).isEqualTo(400);
		assertThat(api(Role.INSPECTOR).post(EZHOU, answers(Map.of("4", Map.of("finding", "D")))).status())
			.isEqualTo(400);
		assertThat(api(Role.INSPECTOR)
			.post("/api/scoring/templates/ezhou-2025-scoring/versions/x/evaluations", answers(Map.of()))
			.status()).isEqualTo(400);
		assertThat(api(Role.INSPECTOR)
			.post("/api/scoring/templates/ezhou-2025-scoring/versions/9/evaluations", answers(Map.of()))
			.status()).isEqualTo(404);
	}

	@Test
	void theSameItemAnsweredTwiceInOneBodyIsRefusedNamingIt() {
		Reply reply = api(Role.INSPECTOR).post(EZHOU,
				"{\"answers\":{\"12\":{\"score\":100},\"13\":{\"score\":5},\"12\":{\"score\":60}}}");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
		assertThat(reply.problemType()).isEqualTo("malformed-body");
		assertThat(reply.json().path("detail").asString()).contains("12");
	}

	private static void assertProblem(Reply reply, String type, String item) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.problemType()).isEqualTo(type);
		assertThat(reply.json().path("item").asString()).isEqualTo(item);
		assertThat(reply.json().path("errors").path(0).path("field").asString()).startsWith("items." + item);
	}

	private static Map<String, Object> answers(Map<String, Object> items) {
		return Map.of("answers", items);
	}

	private static Map<String, Object> rules(Map<String, Object> rule) {
		return Map.of("rules", List.of(rule));
	}

	private static Map<String, Object> rule(String ruleId, Integer occurrences, String points) {
		Map<String, Object> rule = new java.util.LinkedHashMap<>();
		rule.put("ruleId", ruleId);
		if (occurrences != null) {
			rule.put("occurrences", occurrences);
		}
		if (points != null) {
			rule.put("points", new BigDecimal(points));
		}
		return rule;
	}

	private static Map<String, Object> score(String score) {
		return Map.of("score", new BigDecimal(score));
	}

}
