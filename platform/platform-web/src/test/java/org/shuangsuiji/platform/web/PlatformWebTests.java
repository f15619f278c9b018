package org.shuangsuiji.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.platform.test.ServiceTest;
import org.shuangsuiji.platform.test.TestJwts;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class PlatformWebTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void callerIsReadFromAVerifiedToken() throws Exception {
		var response = get("/api/probe/me", TestJwts.as(Role.CITY).subject("u-7").region("410700").bearer());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"user\":\"u-7\"").contains("\"region\":\"410700\"").contains("city");
	}

	@Test
	void requestWithoutTokenIsRefusedWith401ProblemJson() throws Exception {
		var response = get("/api/probe/me", null);
		assertProblem(response, 401, "unauthorized");
	}

	@Test
	void tokenWithATamperedPayloadIsRefused() throws Exception {
		String[] parts = TestJwts.as(Role.CITY).token().split("\\.");
		String forged = parts[0] + "."
				+ java.util.Base64.getUrlEncoder()
					.withoutPadding()
					.encodeToString("{\"sub\":\"x\",\"region_code\":\"410000\",\"aud\":\"shuangsuiji-api\"}".getBytes())
				+ "." + parts[2];
		assertProblem(get("/api/probe/me", "Bearer " + forged), 401, "unauthorized");
	}

	@Test
	void tokenWithoutRegionIsRefusedEvenWithAValidSignature() throws Exception {
		assertProblem(get("/api/probe/me", TestJwts.as(Role.CITY).withoutRegion().bearer()), 401, "unauthorized");
	}

	@Test
	void tokenForAnotherAudienceOrExpiredIsRefused() throws Exception {
		assertProblem(get("/api/probe/me", TestJwts.as(Role.CITY).audience("other-api").bearer()), 401, "unauthorized");
		assertProblem(get("/api/probe/me", TestJwts.as(Role.CITY).expired().bearer()), 401, "unauthorized");
	}

	@Test
	void roleRuleRefusesOtherRolesWith403() throws Exception {
		assertThat(get("/api/probe/city-only", TestJwts.as(Role.CITY).bearer()).statusCode()).isEqualTo(200);
		assertProblem(get("/api/probe/city-only", TestJwts.as(Role.COUNTY).bearer()), 403, "forbidden");
	}

	@Test
	void regionOutsideTheCallersSubtreeIs403() throws Exception {
		String xinxiang = TestJwts.as(Role.CITY).region("410700").bearer();
		assertThat(get("/api/probe/regions/410725", xinxiang).statusCode()).isEqualTo(200);
		assertProblem(get("/api/probe/regions/420700", xinxiang), 403, "out-of-scope");
	}

	@Test
	void publicPathsNeedNoToken() throws Exception {
		assertThat(get("/api/public/probe", null).statusCode()).isEqualTo(200);
	}

	@Test
	void invalidBodyNamesTheFieldsAtFault() throws Exception {
		var response = post("/api/probe/agencies", "{\"name\":\"\",\"appraisers\":0}");
		assertProblem(response, 400, "validation");
		assertThat(response.body()).contains("\"field\":\"name\"").contains("\"field\":\"appraisers\"");
	}

	@Test
	void bodyCheckedAfterTheDoorAnswersAsValidDoes() throws Exception {
		String invalid = "{\"name\":\" \",\"appraisers\":3}";
		var afterDoor = post("/api/probe/agencies-after-door", invalid);
		var valid = post("/api/probe/agencies", invalid);
		assertProblem(afterDoor, 400, "validation");
		ObjectNode expected = (ObjectNode) JSON.readTree(valid.body());
		ObjectNode actual = (ObjectNode) JSON.readTree(afterDoor.body());
		expected.remove("instance");
		actual.remove("instance");
		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void validBodyComesBackFromTheBodyValidatorArgumentUnchanged() throws Exception {
		var response = post("/api/probe/agencies-after-door", "{\"name\":\"某司法鉴定所（虚构）\",\"appraisers\":3}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(JSON.readTree(response.body()))
			.isEqualTo(JSON.readTree("{\"name\":\"某司法鉴定所（虚构）\",\"appraisers\":3}"));
	}

	@Test
	void callerTheDoorRefusesGets403EvenWithAnInvalidBody() throws Exception {
		assertProblem(sendAs(Role.COUNTY, "/api/probe/agencies-after-door", "application/json", "{\"appraisers\":0}"),
				403, "forbidden");
	}

	@Test
	void malformedJsonIs400() throws Exception {
		assertProblem(post("/api/probe/agencies", "{\"name\":"), 400, "malformed-body");
	}

	@Test
	void bodyNamingAPropertyTwiceIs400NamingIt() throws Exception {
		var response = post("/api/probe/agencies", "{\"name\":\"a\",\"appraisers\":1,\"name\":\"b\"}");
		assertProblem(response, 400, "malformed-body");
		assertThat(response.body()).contains("name");
	}

	@Test
	void unsupportedContentTypeIs415AndWrongMethodIs405() throws Exception {
		assertProblem(send("/api/probe/agencies", "text/plain", "x"), 415, "unsupported-media-type");
		HttpRequest delete = HttpRequest.newBuilder(uri("/api/probe/me"))
			.header("Authorization", TestJwts.as(Role.CITY).bearer())
			.DELETE()
			.build();
		assertProblem(HTTP.send(delete, HttpResponse.BodyHandlers.ofString()), 405, "method-not-allowed");
	}

	@Test
	void formBodiesSentToJsonOrFileEndpointsAre415() throws Exception {
		String form = "application/x-www-form-urlencoded";
		assertProblem(send("/api/probe/agencies", form, "name=x&appraisers=1"), 415, "unsupported-media-type");
		assertProblem(send("/api/probe/files", form, "file=x"), 415, "unsupported-media-type");
		assertProblem(send("/api/probe/files", "application/json", "{}"), 415, "unsupported-media-type");
		assertProblem(send("/api/probe/agencies", "multipart/form-data; boundary=b", "--b--\r\n"), 415,
				"unsupported-media-type");
		assertProblem(send("/api/probe/notes-file", form, "text=hi"), 415, "unsupported-media-type");
		// A multipart body that cannot be read is the client's fault too.
		assertProblem(send("/api/probe/files", "multipart/form-data", "x"), 400, "malformed-multipart");
		assertProblem(send("/api/probe/notes-file", "multipart/form-data", "x"), 400, "malformed-multipart");
	}

	@Test
	void formBodiesOnEndpointsWithoutABodyAreAccepted() throws Exception {
		var response = send("/api/probe/notes", "application/x-www-form-urlencoded", "text=hi");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	@Test
	void domainFailuresKeepTheirStatusTypeAndProperties() throws Exception {
		String token = TestJwts.as(Role.CITY).bearer();
		assertProblem(get("/api/probe/fail/missing", token), 404, "not-found");
		assertProblem(get("/api/probe/fail/duplicate", token), 409, "credit-code-taken");
		assertProblem(get("/api/probe/fail/stale", token), 409, "stale-version");
		var rule = get("/api/probe/fail/rule", token);
		assertProblem(rule, 422, "team-unstaffed");
		assertThat(rule.body()).contains("\"agency\":\"a1\"");
		var input = get("/api/probe/fail/input", token);
		assertProblem(input, 400, "credit-code-invalid");
		assertThat(input.body()).contains("\"field\":\"creditCode\"");
	}

	@Test
	void unknownPathIs404ProblemAndABugIs500WithoutStackTrace() throws Exception {
		String token = TestJwts.as(Role.CITY).bearer();
		assertProblem(get("/api/probe/nothing-here", token), 404, "not-found");
		var bug = get("/api/probe/fail/bug", token);
		assertProblem(bug, 500, "internal-error");
		assertThat(bug.body()).doesNotContain("IllegalStateException").doesNotContain("at org.");
	}

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String json) throws Exception {
		return send(path, "application/json", json);
	}

	private HttpResponse<String> send(String path, String contentType, String body) throws Exception {
		return sendAs(Role.CITY, path, contentType, body);
	}

	private HttpResponse<String> sendAs(Role role, String path, String contentType, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri(path))
			.header("Authorization", TestJwts.as(role).bearer())
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static void assertProblem(HttpResponse<String> response, int status, String slug) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"type\":\"urn:shuangsuiji:problem:" + slug + "\"");
	}

}
