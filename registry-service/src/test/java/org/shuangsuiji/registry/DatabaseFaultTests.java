package org.shuangsuiji.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.infra.mongo.MongoProtocolServer;
import org.shuangsuiji.platform.test.ServiceTest;
import org.shuangsuiji.platform.test.http.Reply;
import org.shuangsuiji.platform.test.http.TestHttp;
import org.shuangsuiji.registry.support.Bodies;
import org.shuangsuiji.registry.support.Tokens;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MongoDB-protocol server stopped and started again under the running service, on the
 * same port and with its data kept (an H2 file, as a restarted mongod keeps its own):
 * while it is down requests get 503 {@code database-unavailable} within the driver's
 * bounded wait (shortened here), and once it is back the service answers again by itself.
 */
@ServiceTest
class DatabaseFaultTests {

	private static final Path DATA = temporaryFile();

	private static MongoProtocolServer mongo = MongoProtocolServer.onDisk(DATA, 0);

	private static final int MONGO_PORT = mongo.port();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry properties) {
		properties.add("spring.mongodb.uri", () -> mongo.uri("registry-faults"));
		properties.add("platform.mongodb.server-selection-timeout", () -> "1s");
		properties.add("platform.mongodb.heartbeat", () -> "500ms");
	}

	@AfterAll
	static void stopDatabase() {
		mongo.close();
	}

	@Test
	void theServiceAnswers503WhileTheDatabaseIsDownAndRecoversByItselfOnceItIsBack() {
		TestHttp city = TestHttp.on(this.port).as(Tokens.henanProvince());
		Reply registered = city.post("/api/registry/agencies", Bodies.agency("断线测试司法鉴定所", "410702", 901, "DOCUMENT"));
		assertThat(registered.status()).as(registered::toString).isEqualTo(201);
		String agency = "/api/registry/agencies/" + registered.json().get("id").asString();

		mongo.close();
		long started = System.nanoTime();
		Reply whileDown = city.get(agency);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		Reply writeWhileDown = city.post("/api/registry/agencies",
				Bodies.agency("断线期间的司法鉴定所", "410702", 902, "DOCUMENT"));

		assertThat(whileDown.status()).as(whileDown::toString).isEqualTo(503);
		assertThat(whileDown.problemType()).isEqualTo("database-unavailable");
		assertThat(took).as("bounded by the 1 s server selection time-out").isLessThan(Duration.ofSeconds(5));
		assertThat(writeWhileDown.status()).as(writeWhileDown::toString).isEqualTo(503);

		mongo = MongoProtocolServer.onDisk(DATA, MONGO_PORT);
		Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> city.get(agency).status() == 200);
		assertThat(city.get(agency).json().get("name").asString()).isEqualTo("断线测试司法鉴定所");
		Reply written = city.post("/api/registry/agencies", Bodies.agency("恢复后的司法鉴定所", "410702", 903, "DOCUMENT"));
		assertThat(written.status()).as(written::toString).isEqualTo(201);
	}

	private static Path temporaryFile() {
		try {
			return Files.createTempDirectory("registry-faults").resolve("mongo.mv");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
