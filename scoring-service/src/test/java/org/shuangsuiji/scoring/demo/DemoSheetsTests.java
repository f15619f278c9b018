package org.shuangsuiji.scoring.demo;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.http.TestHttp;
import org.shuangsuiji.scoring.testing.ScoringServiceTest;
import org.shuangsuiji.scoring.testing.ScoringTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.scoring.testing.ScoringTokens.token;

/** The local run's demo sheets: loaded once, submitted, visible on the dashboards. */
@ScoringServiceTest
@ActiveProfiles("local")
class DemoSheetsTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoSheets demo;

	@Test
	void theDemoAgenciesHaveSubmittedSheets() {
		TestHttp api = TestHttp.on(this.port);
		JsonNode first = api.as(ScoringTokens.agency("demo-xx-01", "410702"))
			.get("/api/scoring/sheets/demo-sheet-xx-01")
			.json();
		assertThat(first.path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(first.path("outcome").path("label").asString()).isEqualTo("限期整改");
		JsonNode second = api.as(ScoringTokens.agency("demo-xx-02", "410725"))
			.get("/api/scoring/sheets/demo-sheet-xx-02")
			.json();
		assertThat(second.path("outcome").path("label").asString()).isEqualTo("暂停执业整改");
		JsonNode ezhou = api.as(ScoringTokens.agency("demo-ez-01", "420704"))
			.get("/api/scoring/sheets/demo-sheet-ez-01")
			.json();
		assertThat(ezhou.path("total").toString()).isEqualTo("82.1");
		assertThat(ezhou.path("outcome").path("label").asString()).isEqualTo("合格");
		assertThat(ezhou.path("agencyName").asString()).contains("虚构");
	}

	@Test
	void theDashboardsShowThem() {
		JsonNode xinxiang = TestHttp.on(this.port)
			.as(token(Role.CITY, "410700"))
			.get("/api/scoring/dashboard?year=2024&templateId=xinxiang-2024-checklist")
			.json();
		assertThat(xinxiang.path("sheets").asLong()).isGreaterThanOrEqualTo(2);
		JsonNode ezhou = TestHttp.on(this.port)
			.as(token(Role.PROVINCE, "420000"))
			.get("/api/scoring/dashboard?year=2025&templateId=ezhou-2025-scoring")
			.json();
		assertThat(ezhou.path("sheets").asLong()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void loadingAgainAddsNothing() throws Exception {
		TestHttp api = TestHttp.on(this.port).as(token(Role.PROVINCE, "410000"));
		long before = api.get("/api/scoring/sheets?agencyId=demo-xx-01").json().size();
		this.demo.run(null);
		assertThat(api.get("/api/scoring/sheets?agencyId=demo-xx-01").json().size()).isEqualTo(before).isEqualTo(1);
		assertThat(api.get("/api/scoring/sheets/demo-sheet-xx-01/history").json().size())
			.as("a reload writes no history")
			.isEqualTo(24);
	}

}
