package org.shuangsuiji.scoring.template.web;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;
import org.shuangsuiji.scoring.template.TemplateCatalog.LoadResult;
import org.shuangsuiji.scoring.template.persistence.TemplateFileLoader;
import org.shuangsuiji.platform.test.inspection.InspectionStub;
import org.shuangsuiji.platform.test.inspection.InspectionStub.Task;
import org.shuangsuiji.scoring.testing.ScoringServiceTest;
import org.shuangsuiji.scoring.testing.ScoringTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.scoring.testing.ScoringTokens.token;

@ScoringServiceTest
class TemplateApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TemplateFileLoader files;

	private TestHttp api() {
		return TestHttp.on(this.port);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleReadsTheShippedTemplatesInTheShapeInspectionServiceUses(Role role) {
		Reply reply = api().as(token(role, "410725")).get("/api/scoring/templates/xinxiang-2024-checklist/versions/1");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode template = reply.json();
		assertThat(template.path("templateId").asString()).isEqualTo("xinxiang-2024-checklist");
		assertThat(template.path("version").asInt()).isEqualTo(1);
		assertThat(template.path("region").asString()).isEqualTo("410700");
		assertThat(template.path("year").asInt()).isEqualTo(2024);
		assertThat(template.path("kind").asString()).isEqualTo("CHECKLIST");
		assertThat(template.path("title").asString()).isEqualTo("2024年度新乡市司法鉴定行业“双随机、一公开”监督检查表");
		assertThat(template.path("parts").path(0).path("items")).hasSize(21);
		assertThat(template.path("origin").asString()).isEqualTo("FILE");
	}

	@Test
	void theEzhouTemplateKeepsItsDecimalsExact() {
		JsonNode template = api().as(token(Role.INSPECTOR, "420700"))
			.get("/api/scoring/templates/ezhou-2025-scoring")
			.json();
		assertThat(template.path("totalCap").toString()).isEqualTo("100");
		JsonNode complaints = template.path("parts").path(1).path("items").path(3).path("rules").path(1);
		assertThat(complaints.path("id").asString()).isEqualTo("4.1.b");
		assertThat(complaints.path("points").toString()).isEqualTo("0.5");
		assertThat(template.path("parts").path(3).path("items").path(0).path("directScore").path("factor").toString())
			.isEqualTo("0.4");
	}

	@Test
	void listsTheLatestVersionOfTemplatesApplyingToARegion() {
		Reply reply = api().as(token(Role.COUNTY, "410725")).get("/api/scoring/templates?appliesTo=410725");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().findValuesAsString("templateId")).contains("xinxiang-2024-checklist")
			.doesNotContain("ezhou-2025-scoring");
	}

	@Test
	void anyoneReadsThePublicTemplatesWithoutLogin() {
		Reply list = api().anonymous().get("/api/public/scoring/templates");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().findValuesAsString("templateId")).contains("xinxiang-2024-checklist",
				"ezhou-2025-scoring");
		Reply one = api().anonymous().get("/api/public/scoring/templates/ezhou-2025-scoring/versions/1");
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json().path("kind").asString()).isEqualTo("DEDUCTION");
	}

	@Test
	void thePrivateApiNeedsAToken() {
		Reply reply = api().anonymous().get("/api/scoring/templates");
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.contentType()).startsWith("application/problem+json");
	}

	@Test
	void theAnonymousCannotWriteThroughThePublicPath() {
		assertThat(api().anonymous().post("/api/public/scoring/templates", cityTemplate("x", "410700")).status())
			.isIn(401, 405);
	}

	@Test
	void anUnknownTemplateIsNotFound() {
		Reply reply = api().as(token(Role.CITY, "410700")).get("/api/scoring/templates/nowhere-2024/versions/1");
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.problemType()).isEqualTo("template-not-found");
	}

	@Test
	void aCityBureauCreatesATemplateForItsRegionAsVersionOne() {
		String id = uniqueId();
		Reply reply = api().as(token(Role.CITY, "410700")).post("/api/scoring/templates", cityTemplate(id, "410700"));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		assertThat(reply.location()).isEqualTo("/api/scoring/templates/" + id + "/versions/1");
		assertThat(reply.json().path("version").asInt()).isEqualTo(1);
		assertThat(reply.json().path("origin").asString()).isEqualTo("API");
		assertThat(api().as(token(Role.AGENCY, "410702")).get("/api/scoring/templates/" + id).status()).isEqualTo(200);
	}

	@Test
	void aProvinceBureauCreatesATemplateForACityInside() {
		Reply reply = api().as(token(Role.PROVINCE, "410000"))
			.post("/api/scoring/templates", cityTemplate(uniqueId(), "410700"));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
	}

	@Test
	void nobodyCreatesATemplateOutsideTheirRegion() {
		assertThat(api().as(token(Role.CITY, "420700"))
			.post("/api/scoring/templates", cityTemplate(uniqueId(), "410700"))
			.status()).isEqualTo(403);
		assertThat(api().as(token(Role.PROVINCE, "420000"))
			.post("/api/scoring/templates", cityTemplate(uniqueId(), "410700"))
			.status()).isEqualTo(403);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "COUNTY", "INSPECTOR", "EXPERT", "AGENCY" })
	void onlyProvinceAndCityBureausCreateTemplates(Role role) {
		Reply reply = api().as(token(role, "410700"))
			.post("/api/scoring/templates", cityTemplate(uniqueId(), "410700"));
		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.contentType()).startsWith("application/problem+json");
	}

	@Test
	void creatingAnExistingTemplateIsAConflict() {
		Reply reply = api().as(token(Role.CITY, "410700"))
			.post("/api/scoring/templates", cityTemplate("xinxiang-2024-checklist", "410700"));
		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.problemType()).isEqualTo("template-exists");
	}

	@Test
	void aMalformedTemplateIsRefusedNamingTheField() {
		ObjectNode template = cityTemplate(uniqueId(), "410700");
		((ObjectNode) template.path("parts").path(0)).put("colour", "red");
		Reply unknown = api().as(token(Role.CITY, "410700")).post("/api/scoring/templates", template);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("errors").path(0).path("field").asString()).isEqualTo("parts[0].colour");

		ObjectNode invalid = cityTemplate(uniqueId(), "410700");
		((ObjectNode) invalid.path("parts").path(0).path("items").path(0)).put("id", "a.b");
		Reply reply = api().as(token(Role.CITY, "410700")).post("/api/scoring/templates", invalid);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.problemType()).isEqualTo("template-invalid");
		assertThat(reply.json().path("errors").path(0).path("field").asString()).isEqualTo("parts[0].items[0].id");

		ObjectNode badRegion = cityTemplate(uniqueId(), "4107");
		assertThat(api().as(token(Role.CITY, "410700")).post("/api/scoring/templates", badRegion).status())
			.isEqualTo(400);
	}

	@Test
	void aChangeToAVersionInUseMustBeANewVersion() {
		String id = uniqueId();
		TestHttp city = api().as(token(Role.CITY, "410700"));
		assertThat(city.post("/api/scoring/templates", cityTemplate(id, "410700")).status()).isEqualTo(201);

		ObjectNode changed = cityTemplate(id, "410700");
		changed.put("title", "改过的标题");
		Reply update = city.put("/api/scoring/templates/" + id + "/versions/1", changed);
		assertThat(update.status()).as(update.toString()).isEqualTo(200);
		assertThat(update.json().path("title").asString()).isEqualTo("改过的标题");

		Task task = InspectionStub.register("410700", "410725", id, 1, 2026);
		Reply sheet = api().as(task.inspector(0))
			.post("/api/scoring/sheets", Map.of("templateId", id, "templateVersion", 1, "inspectionId", task.taskId()));
		assertThat(sheet.status()).as(sheet.toString()).isEqualTo(201);
		assertThat(city.get("/api/scoring/templates/" + id + "/versions/1").json().path("inUse").asBoolean()).isTrue();

		Reply refused = city.put("/api/scoring/templates/" + id + "/versions/1", cityTemplate(id, "410700"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("template-version-in-use");

		Reply next = city.post("/api/scoring/templates/" + id + "/versions", changed);
		assertThat(next.status()).as(next.toString()).isEqualTo(201);
		assertThat(next.json().path("version").asInt()).isEqualTo(2);
		assertThat(city.get("/api/scoring/templates/" + id).json().path("version").asInt()).isEqualTo(2);
		assertThat(city.get("/api/scoring/templates/" + id + "/versions").json()).hasSize(2);
		assertThat(city.get("/api/scoring/templates/" + id + "/versions/1").json().path("title").asString())
			.isEqualTo("改过的标题");
	}

	@Test
	void aBodyNamingAnotherTemplateOrVersionIsRefused() {
		TestHttp city = api().as(token(Role.CITY, "410700"));
		Reply reply = city.post("/api/scoring/templates/xinxiang-2024-checklist/versions",
				cityTemplate("other-id", "410700"));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.problemType()).isEqualTo("template-id-mismatch");
	}

	@Test
	void loadingTheTemplateFilesAgainChangesNothing() {
		assertThat(this.files.loadAll()).isNotEmpty().containsOnly(LoadResult.UNCHANGED);
	}

	private static String uniqueId() {
		return "t-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A small checklist for a city: one part, two items, one of them suspending practice.
	 */
	static ObjectNode cityTemplate(String id, String region) {
		String json = """
				{
				  "templateId": "%s",
				  "region": "%s",
				  "year": 2026,
				  "kind": "CHECKLIST",
				  "title": "某市2026年度监督检查表（测试）",
				  "parts": [ { "id": "checklist", "title": "检查内容", "kind": "CHECKLIST", "items": [
				    { "id": "1", "number": "1", "title": "执业场所",
				      "subPoints": [ { "number": 1, "text": "面积达不到要求的，暂停执业整改。",
				                       "action": { "code": "SUSPEND_PRACTICE", "label": "暂停执业整改" } } ] },
				    { "id": "2", "number": "2", "title": "保密规定", "subPoints": [ { "text": "规定保密措施。" } ] } ] } ],
				  "conclusions": [
				    { "code": "SUSPEND_PRACTICE", "label": "暂停执业整改", "whenAction": "SUSPEND_PRACTICE" },
				    { "code": "RECTIFY", "label": "限期整改", "minFindings": 1 },
				    { "code": "NO_FINDINGS", "label": "未发现问题" } ],
				  "findingAction": { "code": "RECTIFY", "label": "限期整改" }
				}
				""".formatted(id, region);
		return (ObjectNode) tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
	}

}
