package org.shuangsuiji.nationaldata;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.shuangsuiji.nationaldata.RegionCatalogue.Division;
import org.shuangsuiji.nationaldata.RegionCatalogue.Level;

/**
 * One bureau account (司法局/司法厅) per province and city of the catalogue, created in the
 * local realm through Keycloak's admin API: a national run needs them, since only a
 * province's own account imports into its registry and only a city's own account manages
 * its plans. Each is {@code bureau-<code>} with the realm role {@code province} or
 * {@code city}, its {@code region_code} and the run's password; creating is idempotent
 * (an existing account keeps its password and gets its role again).
 */
final class BureauAccounts {

	/**
	 * An account to have: the username, the bureau's name, the realm role, the region.
	 */
	record Account(String username, String name, String role, String region) {
	}

	private static final Duration ADMIN_TOKEN_LIFE = Duration.ofSeconds(45);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String keycloak;

	private final String adminUser;

	private final String adminPassword;

	private String adminToken;

	private long adminTokenExpires;

	BureauAccounts(String keycloak, String adminUser, String adminPassword) {
		this.keycloak = keycloak;
		this.adminUser = adminUser;
		this.adminPassword = adminPassword;
	}

	/** Every province's and city's account, in code order. */
	static List<Account> of(RegionCatalogue regions) {
		List<Account> accounts = new ArrayList<>();
		for (Division province : regions.all(Level.PROVINCE)) {
			accounts
				.add(new Account("bureau-" + province.code(), province.name() + "司法厅", "province", province.code()));
		}
		for (Division city : regions.all(Level.CITY)) {
			accounts.add(new Account("bureau-" + city.code(), cityBureauName(regions, city), "city", city.code()));
		}
		accounts.sort(Comparator.comparing(Account::region));
		return List.copyOf(accounts);
	}

	/** The accounts as {@code --account} pairs: region → username. */
	static Map<String, String> byRegion(List<Account> accounts) {
		Map<String, String> map = new LinkedHashMap<>();
		accounts.forEach((a) -> map.put(a.region(), a.username()));
		return map;
	}

	/** 北京市市辖区 reads as 北京市司法局; 新乡市 as 新乡市司法局. */
	static String cityBureauName(RegionCatalogue regions, Division city) {
		String province = regions.get(city.province()).name();
		if (city.name().equals("市辖区")) {
			return province + "司法局";
		}
		if (city.name().startsWith("省直辖")) {
			return province + city.name() + "司法局";
		}
		return city.name() + "司法局";
	}

	/**
	 * Creates the accounts that are missing and gives each its role; returns how many
	 * were new.
	 */
	int provision(List<Account> accounts, String password, Progress progress) {
		Map<String, JsonNode> roles = new LinkedHashMap<>();
		int created = 0;
		for (Account account : accounts) {
			JsonNode role = roles.computeIfAbsent(account.role(),
					(name) -> admin("GET", "/roles/" + name, null, 200).json());
			Map<String, Object> user = new LinkedHashMap<>();
			user.put("username", account.username());
			user.put("enabled", true);
			user.put("emailVerified", true);
			user.put("email", account.username() + "@national.shuangsuiji.invalid");
			user.put("firstName", account.name());
			user.put("attributes", Map.of("region_code", List.of(account.region())));
			user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
			user.put("requiredActions", List.of());
			Reply reply = admin("POST", "/users", user, 201, 409);
			if (reply.status() == 201) {
				created++;
			}
			String id = admin("GET", "/users?exact=true&username=" + encode(account.username()), null, 200).json()
				.path(0)
				.path("id")
				.asString();
			admin("POST", "/users/" + id + "/role-mappings/realm", List.of(role), 204);
			progress.advance(1);
		}
		return created;
	}

	private record Reply(int status, String body) {

		JsonNode json() {
			return PlatformClient.JSON.readTree(this.body);
		}

	}

	private Reply admin(String method, String path, Object body, int... expected) {
		HttpRequest.BodyPublisher publisher = (body == null) ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(PlatformClient.JSON.writeValueAsBytes(body));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.keycloak + "/admin/realms/shuangsuiji" + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + adminToken())
			.header("Content-Type", "application/json")
			.method(method, publisher)
			.build();
		HttpResponse<String> response = send(request);
		for (int status : expected) {
			if (response.statusCode() == status) {
				return new Reply(status, response.body());
			}
		}
		throw new IllegalStateException(
				"Keycloak " + method + " " + path + " answered " + response.statusCode() + " " + response.body());
	}

	private synchronized String adminToken() {
		if (this.adminToken == null || System.nanoTime() > this.adminTokenExpires) {
			String form = "grant_type=password&client_id=admin-cli&username=" + encode(this.adminUser) + "&password="
					+ encode(this.adminPassword);
			HttpResponse<String> response = send(
					HttpRequest.newBuilder(URI.create(this.keycloak + "/realms/master/protocol/openid-connect/token"))
						.timeout(Duration.ofSeconds(30))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString(form))
						.build());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Keycloak refused the admin sign-in of " + this.adminUser + ": "
						+ response.statusCode() + " " + response.body());
			}
			this.adminToken = PlatformClient.JSON.readTree(response.body()).path("access_token").asString();
			this.adminTokenExpires = System.nanoTime() + ADMIN_TOKEN_LIFE.toNanos();
		}
		return this.adminToken;
	}

	private HttpResponse<String> send(HttpRequest request) {
		return PlatformClient.send(this.http, request, HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
