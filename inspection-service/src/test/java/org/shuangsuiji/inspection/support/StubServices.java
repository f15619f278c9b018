package org.shuangsuiji.inspection.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * registry-service and scoring-service as WireMock servers answering in exactly the
 * shapes of their contracts (see {@code RegistryContractTests}), started once per JVM.
 */
public final class StubServices {

	public static final String XINXIANG = "410700";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static WireMockServer registry;

	private static WireMockServer scoring;

	private StubServices() {
	}

	public static synchronized WireMockServer registry() {
		if (registry == null) {
			registry = started("registry");
		}
		return registry;
	}

	public static synchronized WireMockServer scoring() {
		if (scoring == null) {
			scoring = started("scoring");
		}
		return scoring;
	}

	/** A stub server on a free local port, stopped when the JVM ends. */
	private static WireMockServer started(String service) {
		WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stub-" + service + "-stop"));
		return server;
	}

	/** Back to the standard 新乡 pools and the 新乡 checklist template. */
	public static void reset() {
		registry().resetAll();
		scoring().resetAll();
		stubRegistry(XINXIANG, XinxiangPool.standard());
		scoring().stubFor(get(urlPathEqualTo("/api/scoring/templates/xinxiang-2024-checklist/versions/1"))
			.willReturn(okJson(json(Map.of("templateId", "xinxiang-2024-checklist", "version", 1, "region", XINXIANG,
					"year", 2024, "kind", "CHECKLIST", "title", "2024年度新乡市司法鉴定行业“双随机、一公开”监督检查表")))));
		scoring().stubFor(get(urlPathMatching("/api/scoring/templates/missing/versions/.*"))
			.willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"type\":\"urn:shuangsuiji:problem:template-not-found\",\"status\":404}")));
	}

	public static void stubRegistry(String region, XinxiangPool pool) {
		registry().stubFor(get(urlPathEqualTo("/api/registry/pools/agencies")).withQueryParam("region", equalTo(region))
			.willReturn(okJson(json(pool.agencies()))));
		registry()
			.stubFor(get(urlPathEqualTo("/api/registry/pools/inspectors")).withQueryParam("region", equalTo(region))
				.willReturn(okJson(json(pool.inspectors()))));
		registry().stubFor(get(urlPathEqualTo("/api/registry/pools/experts")).withQueryParam("region", equalTo(region))
			.willReturn(okJson(json(pool.experts()))));
		registry().stubFor(get(urlPathEqualTo("/api/registry/conflicts")).withQueryParam("region", equalTo(region))
			.willReturn(okJson(json(pool.conflicts()))));
	}

	/** registry-service gone: every call's connection is reset. */
	public static void registryDown() {
		registry().resetAll();
		registry().stubFor(get(urlPathMatching("/api/registry/.*"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
	}

	/** scoring-service answering 503 to everything. */
	public static void scoringDown() {
		scoring().resetAll();
		scoring().stubFor(get(urlPathMatching("/api/scoring/.*")).willReturn(aResponse().withStatus(503)));
	}

	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	/**
	 * A fictional 新乡 pool in the registry's JSON shapes: agencies across the counties,
	 * certified inspectors (plus one without a 执法证号 and one inactive), experts and
	 * declared conflicts.
	 */
	public record XinxiangPool(List<Map<String, Object>> agencies, List<Map<String, Object>> inspectors,
			List<Map<String, Object>> experts, List<Map<String, Object>> conflicts) {

		static final List<String> COUNTIES = List.of("410702", "410703", "410711", "410721", "410725", "410726",
				"410727", "410783");

		public static XinxiangPool standard() {
			return of(12, 12);
		}

		public static XinxiangPool of(int agencyCount, int inspectorCount) {
			List<Map<String, Object>> agencies = new ArrayList<>();
			for (int i = 1; i <= agencyCount; i++) {
				agencies.add(map("id", String.format("ag-%02d", i), "name", "新乡示例" + i + "司法鉴定所（虚构）", "creditCode",
						"52410700MJ" + String.format("%07d", i) + "X", "regionCode", COUNTIES.get(i % COUNTIES.size()),
						"categories",
						(i % 3 == 0) ? List.of("FORENSIC_CLINICAL", "DOCUMENT") : List.of("FORENSIC_CLINICAL"),
						"status", "ACTIVE"));
			}
			agencies.add(map("id", "ag-suspended", "name", "暂停执业的示例所（虚构）", "creditCode", "", "regionCode", "410702",
					"categories", List.of("TRACE"), "status", "SUSPENDED"));
			List<Map<String, Object>> inspectors = new ArrayList<>();
			for (int i = 1; i <= inspectorCount; i++) {
				inspectors.add(map("id", String.format("in-%02d", i), "name", "检查员" + i, "lawEnforcementCertNo",
						"豫执" + String.format("%06d", i), "unit", "新乡市司法局", "regionCode",
						(i % 2 == 0) ? "410700" : COUNTIES.get(i % COUNTIES.size()), "active", true));
			}
			inspectors.add(map("id", "in-nocert", "name", "无证人员", "lawEnforcementCertNo", "", "unit", "新乡市司法局",
					"regionCode", "410700", "active", true));
			inspectors.add(map("id", "in-retired", "name", "退休人员", "lawEnforcementCertNo", "豫执999999", "unit", "新乡市司法局",
					"regionCode", "410700", "active", false));
			List<Map<String, Object>> experts = List.of(
					map("id", "ex-01", "name", "专家甲", "specialities", List.of("FORENSIC_CLINICAL"), "regionCode",
							"410700", "active", true),
					map("id", "ex-02", "name", "专家乙", "specialities", List.of("FORENSIC_CLINICAL", "DOCUMENT"),
							"regionCode", "410700", "active", true),
					map("id", "ex-03", "name", "专家丙", "specialities", List.of("DOCUMENT"), "regionCode", "410700",
							"active", true));
			List<Map<String, Object>> conflicts = List.of(
					map("personId", "in-01", "personKind", "INSPECTOR", "agencyId", "ag-01", "kind", "FORMER_EMPLOYER",
							"reason", "曾在该机构任职", "declaredOn", "2024-05-01"),
					map("personId", "ex-01", "personKind", "EXPERT", "agencyId", "ag-02", "kind", "RELATIVE", "reason",
							"近亲属在该机构执业", "declaredOn", "2024-05-02"));
			return new XinxiangPool(agencies, inspectors, experts, conflicts);
		}

		private static Map<String, Object> map(Object... pairs) {
			Map<String, Object> map = new LinkedHashMap<>();
			for (int i = 0; i < pairs.length; i += 2) {
				map.put((String) pairs[i], pairs[i + 1]);
			}
			return map;
		}

	}

}
