package org.shuangsuiji.nationaldata;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.shuangsuiji.platform.history.HistoryLine;

import static org.assertj.core.api.Assertions.assertThat;

/** Against a small HTTP server answering as the gateway and Keycloak would. */
class HistoryWriterTest {

	private HttpServer server;

	private final List<String> asked = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/token", (x) -> answer(x, "{\"access_token\":\"t\",\"expires_in\":300}"));
		this.server.createContext("/api/inspections/plans", (x) -> answer(x, """
				[{"id":"p2019","title":"新乡市2019年度计划（生成）","status":"DRAWN"},
				 {"id":"p2020","title":"新乡市2020年度计划（生成）","status":"PUBLISHED"}]"""));
		this.server.createContext("/api/inspections/tasks", (x) -> answer(x, """
				[{"id":"p2019:a2","planId":"p2019","year":2019,"agencyId":"a2","agencyName":"乙（虚构）",
				  "agencyRegion":"410703","status":"PLANNED","team":[]},
				 {"id":"p2019:a1","planId":"p2019","year":2019,"agencyId":"a1","agencyName":"甲（虚构）",
				  "agencyRegion":"410702","status":"PLANNED",
				  "team":[{"kind":"INSPECTOR","personId":"i1","name":"张三","lawEnforcementCertNo":"豫A001"}]},
				 {"id":"p2019:a3","planId":"p2019","year":2019,"agencyId":"a3","agencyName":"丙（虚构）",
				  "agencyRegion":"410703","status":"WITHDRAWN","team":[]}]"""));
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void writesOneLinePerDrawnTaskThatWasNotWithdrawnInYearAndTaskOrder(@TempDir Path dir) throws IOException {
		String base = "http://127.0.0.1:" + this.server.getAddress().getPort();
		DataSet reach = new DataSet(1, 1, List.of(), List.of(), List.of(), List.of(), List.of(), List
			.of(HistoryTest.plan(2019, "xinxiang-2024-checklist"), HistoryTest.plan(2020, "ezhou-2025-scoring")));
		Summary summary = new Summary();
		List<HistoryLine> lines = new HistoryWriter(new PlatformClient(base, base + "/token", "demo"),
				Map.of("410700", "bureau-410700"), summary, 1)
			.write(reach, dir, new Progress(System.out, false, 2));

		List<String> file = Files.readAllLines(dir.resolve(HistoryWriter.FILE), StandardCharsets.UTF_8);
		assertThat(file).hasSize(2);
		JsonNode first = PlatformClient.JSON.readTree(file.get(0));
		assertThat(first.path("taskId").asString()).isEqualTo("p2019:a1");
		assertThat(first.path("organiser").asString()).isEqualTo("bureau-410700");
		assertThat(first.path("team").get(0).path("personId").asString()).isEqualTo("i1");
		assertThat(PlatformClient.JSON.readTree(file.get(1)).path("taskId").asString()).isEqualTo("p2019:a2");
		assertThat(lines).extracting(HistoryLine::taskId).containsExactly("p2019:a1", "p2019:a2");
		assertThat(this.asked).contains("/api/inspections/tasks?planId=p2019")
			.noneMatch((path) -> path.contains("p2020"));
		assertThat(summary.kind("plans read").refused).isEqualTo(1);
		assertThat(summary.kind("plans read").inReach).isEqualTo(2);
		assertThat(summary.kind("inspections").written).isEqualTo(2);
		assertThat(summary.kind("plans read").firstErrors.get(0)).contains("2020");
	}

	private void answer(HttpExchange exchange, String body) throws IOException {
		this.asked.add(exchange.getRequestURI().toString());
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
