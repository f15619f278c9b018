package org.shuangsuiji.localrun;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.shuangsuiji.platform.infra.keycloak.RunningKeycloak;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a running local platform end to end through the gateway, as a person with curl
 * would: a demo user's token carries role, region and audience; it reaches each service;
 * without it the gateway refuses with problem+json; scope holds for an agency account;
 * public reads need no login; and the demo 新乡 draw re-runs from the public record alone
 * with the documented tool.
 */
final class SmokeCheck {

	static final String GATEWAY = "http://127.0.0.1:8080";

	static final String DEMO_PLAN = "demo-xinxiang-2024";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final RunningKeycloak keycloak;

	private final Path root;

	private final Path work;

	private final Verdicts verdicts = new Verdicts("smoke");

	SmokeCheck(RunningKeycloak keycloak, Path root, Path work) {
		this.keycloak = keycloak;
		this.root = root;
		this.work = work;
	}

	/** Runs every check, prints each verdict, returns the number that failed. */
	int run() throws Exception {
		String city = this.keycloak.passwordGrant("shuangsuiji-cli", "xinxiang-city", "demo");
		JsonNode claims = JsonMapper.builder()
			.build()
			.readTree(new String(Base64.getUrlDecoder().decode(city.split("\\.")[1]), StandardCharsets.UTF_8));
		check("token of xinxiang-city has realm role city",
				claims.path("realm_access").path("roles").toString().contains("\"city\""));
		check("token of xinxiang-city has region_code 410700", "410700".equals(claims.path("region_code").asString()));
		check("token of xinxiang-city has audience shuangsuiji-api",
				claims.path("aud").toString().contains("shuangsuiji-api"));

		for (String path : List.of("/api/registry/regions/410700", "/api/registry/agencies/demo-xx-02",
				"/api/scoring/templates/xinxiang-2024-checklist/versions/1", "/api/inspections/plans/" + DEMO_PLAN)) {
			expect(path, city, 200);
		}
		HttpResponse<String> refused = get("/api/registry/regions/410700", null);
		check("GET /api/registry/regions/410700 without a token is 401 problem+json (" + refused
			.statusCode() + ")", refused.statusCode() == 401
					&& refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
		String agency = this.keycloak.passwordGrant("shuangsuiji-cli", "xinxiang-agency-1", "demo");
		expect("/api/registry/agencies/demo-xx-01", agency, 200);
		expect("/api/registry/agencies/demo-xx-02", agency, 403);
		String ezhou = this.keycloak.passwordGrant("shuangsuiji-cli", "ezhou-city", "demo");
		expect("/api/registry/agencies/demo-xx-02", ezhou, 403);
		expect("/api/public/registry/agencies", null, 200);
		expect("/api/public/inspections/plans", null, 200);
		checkPublicDrawReruns();
		System.out.println("[smoke] " + this.verdicts.tally());
		return this.verdicts.failed();
	}

	/**
	 * The documented procedure: save the public draw record, run tools/VerifyDraw.java on
	 * it.
	 */
	private void checkPublicDrawReruns() throws Exception {
		String path = "/api/public/inspections/plans/" + DEMO_PLAN + "/draw";
		HttpResponse<String> draw = get(path, null);
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (draw.statusCode() != 200 && System.nanoTime() < deadline) {
			Thread.sleep(3000);
			draw = get(path, null);
		}
		check("GET " + path + " without a token is 200 (" + draw.statusCode() + ")", draw.statusCode() == 200);
		if (draw.statusCode() != 200) {
			return;
		}
		Files.createDirectories(this.work);
		Path record = this.work.resolve("draw.json");
		Files.writeString(record, draw.body());
		Path tool = this.root.resolve("inspection-service/tools/VerifyDraw.java");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process verify = new ProcessBuilder(java, tool.toString(), record.toString()).redirectErrorStream(true).start();
		String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		boolean verified = verify.waitFor(2, TimeUnit.MINUTES) && verify.exitValue() == 0
				&& output.contains("VERIFIED");
		check("java inspection-service/tools/VerifyDraw.java re-runs the public 新乡 draw: "
				+ output.strip().lines().reduce((a, b) -> b).orElse(""), verified);
	}

	private void expect(String path, String token, int status) throws IOException, InterruptedException {
		int actual = get(path, token).statusCode();
		check("GET " + path + ((token != null) ? " with a token" : " without a token") + " is " + status + " (" + actual
				+ ")", actual == status);
	}

	private void check(String what, boolean ok) {
		this.verdicts.check(what, ok);
	}

	private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path))
			.timeout(Duration.ofSeconds(20))
			.GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
