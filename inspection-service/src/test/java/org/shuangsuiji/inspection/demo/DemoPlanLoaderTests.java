package org.shuangsuiji.inspection.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.draw.DrawSecret;
import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.inspection.support.StubServices;
import org.shuangsuiji.inspection.support.StubServices.XinxiangPool;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.TestJwts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local run's demo plan: published at start, drawn in the background once
 * registry-service (stubbed) and the token endpoint answer, and loaded only once.
 */
class DemoPlanLoaderTests extends ApiTestSupport {

	private static final String DRAW = "/api/public/inspections/plans/demo-xinxiang-2024/draw";

	@Autowired
	private DemoPlanLoader loader;

	@DynamicPropertySource
	static void demo(DynamicPropertyRegistry registry) {
		registry.add("inspection.demo.enabled", () -> "true");
		registry.add("inspection.demo.token-uri", () -> StubServices.scoring().baseUrl() + "/token");
		registry.add("inspection.demo.client-id", () -> "shuangsuiji-cli");
		registry.add("inspection.demo.username", () -> "xinxiang-city");
		registry.add("inspection.demo.password", () -> "demo");
		registry.add("inspection.demo.retry-interval", () -> "200ms");
	}

	@Test
	void theXinxiangPlanIsPublishedAndDrawnOnceRegistryAnswersAndOnlyOnce() {
		StubServices.registryDown();
		StubServices.scoring()
			.stubFor(post(urlPathEqualTo("/token")).willReturn(okJson(StubServices.json(Map.of("access_token",
					TestJwts.as(Role.CITY).region("410700").subject("xinxiang-city").name("新乡市司法局（演示）").token(),
					"token_type", "Bearer")))));
		String plan = body(http(null).get("/api/public/inspections/plans/demo-xinxiang-2024"), 200);
		assertThat(read(plan, "$.title").toString()).isEqualTo("2024年度新乡市司法鉴定行业“双随机、一公开”监督检查");
		assertThat(read(plan, "$.periodStart").toString()).isEqualTo("2024-06-03");
		assertThat(read(plan, "$.legalBasis").toString()).startsWith("依据中办、国办《关于健全统一司法鉴定管理体制的实施意见》");
		body(http(null).get(DRAW), 404);

		StubServices.reset();
		// the upcoming plan's scope: 原阳县
		StubServices.stubRegistry("410725", XinxiangPool.standard());
		StubServices.scoring()
			.stubFor(post(urlPathEqualTo("/token")).willReturn(okJson(StubServices.json(Map.of("access_token",
					TestJwts.as(Role.CITY).region("410700").subject("xinxiang-city").name("新乡市司法局（演示）").token(),
					"token_type", "Bearer")))));
		resetCircuitBreakers();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> http(null).get(DRAW).status() == 200 && body(http(null).get(DRAW), 200).contains("\"DRAWN\""));
		String drawn = body(http(null).get(DRAW), 200);
		assertThat((List<?>) read(drawn, "$.result.agencies")).hasSize(12);
		assertThat(read(drawn, "$.seed.value").toString()).isEqualTo(XinxiangDemoPlan.SEED);
		assertThat(read(drawn, "$.drawnBy").toString()).as("the bureau by region, no operator's name")
			.isEqualTo("410700");
		assertThat(read(drawn, "$.algorithm").toString()).isEqualTo("shuangsuiji-draw/2");
		assertThat(read(drawn, "$.secret").toString()).as("the demo's fixed randomness, the same on every run")
			.isEqualTo(DrawSecret.generate(new DemoDrawRandom(XinxiangDemoPlan.DRAW_RANDOMNESS)).hex());
		assertThat(drawn).as("the public record names nobody")
			.doesNotContain("lawEnforcementCertNo", "\"personId\"", "\"in-01\"", "检查员1");
		assertThat(read(drawn, "$.result.agencies[0].team[0].ref").toString()).matches("[0-9a-f]{16}");

		this.loader.load();
		await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(30)).until(() -> !this.loaderRunning());
		assertThat(body(http(null).get(DRAW), 200)).isEqualTo(drawn);
		assertThat((Boolean) read(body(http(null).get(DRAW + "/verification"), 200), "$.valid")).isTrue();

		String upcoming = body(http(null).get("/api/public/inspections/plans/" + UpcomingDemoPlan.ID + "/draw"), 200);
		assertThat(read(upcoming, "$.seed.value").toString()).isEqualTo(UpcomingDemoPlan.SEED);
		assertThat(read(upcoming, "$.algorithm").toString()).isEqualTo("shuangsuiji-draw/2");
		assertThat(read(upcoming, "$.secret").toString()).as("drawn with the API's own randomness")
			.isNotEqualTo(read(drawn, "$.secret").toString());
		assertThat((List<?>) read(upcoming, "$.result.agencies")).isNotEmpty();
		assertThat(read(upcoming, "$.inputs.rules.scopeRegion").toString()).isEqualTo("410725");
	}

	private boolean loaderRunning() {
		return this.loader.running();
	}

}
