package org.shuangsuiji.load;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.ImageIO;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many clients, each signed in as a demo user (or anonymous), sending that user's usual
 * requests through the gateway with a think time of 0.5–1.5 s between them, for a set
 * time; then the writes are counted against what the platform holds. Prints a table per
 * request kind and exits 1 on any 5xx, 429, socket error or lost write.
 * <p>
 * Usage:
 * {@code java -jar platform/load/target/load.jar [clients] [warm-up s] [measured s]}
 * against a platform whose demo story was told (scripts/soak.sh does all of it).
 */
public final class Soak {

	static final String GATEWAY = System.getProperty("gateway", "http://127.0.0.1:8080");

	static final String TOKEN_URL = System.getProperty("keycloak", "http://127.0.0.1:8180")
			+ "/realms/shuangsuiji/protocol/openid-connect/token";

	static final String PLAN = "demo-xinxiang-2024";

	/**
	 * CHECKING after the demo story, team of xinxiang-inspector-4 (the /2 demo draw, ADR
	 * 0405): the writes go here.
	 */
	static final String WRITE_TASK = PLAN + ":demo-xx-19";

	static final String WRITER = "xinxiang-inspector-4";

	/** Items the demo story answered on that task's official sheet. */
	static final List<String> ITEMS = List.of("1", "2", "3", "4", "5", "6", "7", "8");

	static final List<String> BUREAUS = List.of("henan-province", "xinxiang-city", "yuanyang-county",
			"changyuan-county", "hubei-province", "ezhou-city");

	static final List<String> INSPECTORS = List.of("xinxiang-inspector-1", "xinxiang-inspector-2",
			"xinxiang-inspector-3", "ezhou-inspector-1", "ezhou-inspector-2", "xinxiang-expert-1", "ezhou-expert-1");

	/** Agency accounts and the demo task of their agency. */
	static final Map<String, String> AGENCIES = Map.of("xinxiang-agency-1", "demo-xx-01", "xinxiang-agency-2",
			"demo-xx-02", "xinxiang-agency-3", "demo-xx-03", "xinxiang-agency-4", "demo-xx-04", "xinxiang-agency-5",
			"demo-xx-29");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Map<String, Token> tokens = new ConcurrentHashMap<>();

	private final Map<String, Kind> kinds = new ConcurrentHashMap<>();

	/** Each bureau's task ids from its last task list. */
	private final Map<String, List<String>> listed = new ConcurrentHashMap<>();

	private final Ledger ledger = new Ledger();

	private final AtomicLong uploadsSent = new AtomicLong();

	private volatile boolean measuring;

	private volatile String sheetId;

	public static void main(String[] args) throws Exception {
		int clients = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		int warmUp = (args.length > 1) ? Integer.parseInt(args[1]) : 60;
		int measured = (args.length > 2) ? Integer.parseInt(args[2]) : 600;
		System.exit(new Soak().run(clients, warmUp, measured));
	}

	int run(int clients, int warmUpSeconds, int measuredSeconds) throws Exception {
		this.sheetId = officialSheet();
		Map<String, Long> before = itemVersions();
		List<Thread> threads = new ArrayList<>();
		long end = System.nanoTime() + Duration.ofSeconds(warmUpSeconds + measuredSeconds).toNanos();
		for (int i = 0; i < clients; i++) {
			Runnable persona = persona(i);
			Thread thread = new Thread(() -> loop(persona, end), "client-" + i);
			thread.start();
			threads.add(thread);
			Thread.sleep(5);
		}
		say(clients + " clients started; warm-up " + warmUpSeconds + " s");
		Thread.sleep(warmUpSeconds * 1000L);
		this.measuring = true;
		say("measuring " + measuredSeconds + " s");
		long started = System.nanoTime();
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		Map<String, Long> after = itemVersions();
		Set<String> held = evidenceIds();
		return report(seconds, before, after, held);
	}

	/**
	 * Client {@code i}'s user and habits: a few anonymous public readers, a few writers
	 * on the checking task, the rest spread over the bureaus, inspectors, experts and
	 * agencies (about ten clients per account, so no account passes the gateway's
	 * per-user limit at one request per second each).
	 */
	private Runnable persona(int i) {
		int slot = i % 20;
		if (slot == 0) {
			return this::publicRead;
		}
		if (slot == 1) {
			return this::writerStep;
		}
		if (slot < 8) {
			String user = BUREAUS.get((i / 20 + slot) % BUREAUS.size());
			return () -> bureauStep(user);
		}
		if (slot < 14) {
			String user = INSPECTORS.get((i / 20 + slot) % INSPECTORS.size());
			return () -> inspectorStep(user);
		}
		List<String> agencies = new ArrayList<>(AGENCIES.keySet());
		agencies.sort(null);
		String user = agencies.get((i / 20 + slot) % agencies.size());
		return () -> get("agency task", user, "/api/inspections/tasks/" + PLAN + ":" + AGENCIES.get(user));
	}

	private void loop(Runnable persona, long end) {
		while (System.nanoTime() < end) {
			persona.run();
			try {
				Thread.sleep(ThreadLocalRandom.current().nextLong(500, 1500));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void publicRead() {
		switch (ThreadLocalRandom.current().nextInt(3)) {
			case 0 -> get("public results", null, "/api/public/inspections/results?plan=" + PLAN);
			case 1 -> get("public agencies", null, "/api/public/registry/agencies");
			default -> get("public region", null, "/api/public/registry/regions/410700");
		}
	}

	private void bureauStep(String user) {
		int pick = ThreadLocalRandom.current().nextInt(10);
		if (pick < 3) {
			get("agency search", user, "/api/registry/agencies?page=0&size=20");
		}
		else if (pick < 4) {
			get("agency search", user, "/api/registry/agencies?name=" + URLEncoder.encode("鉴定", StandardCharsets.UTF_8)
					+ "&page=0&size=20");
		}
		else if (pick < 6) {
			listTasks(user);
		}
		else if (pick < 8) {
			List<String> ids = this.listed.get(user);
			if (ids == null) {
				ids = listTasks(user);
			}
			if (!ids.isEmpty()) {
				get("task read", user,
						"/api/inspections/tasks/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
			}
		}
		else {
			get("dashboard", user, "/api/scoring/dashboard");
		}
	}

	/**
	 * A bureau opens tasks from its own list, as the SPA does: a county sees its
	 * agencies' tasks only, a bureau of another province none of this plan's.
	 */
	private List<String> listTasks(String user) {
		Reply reply = get("task list", user, "/api/inspections/tasks?planId=" + PLAN);
		if (reply == null || reply.status() != 200) {
			return List.of();
		}
		List<String> ids = new ArrayList<>();
		JSON.readTree(reply.body()).forEach((task) -> ids.add(task.path("id").asString("")));
		this.listed.put(user, List.copyOf(ids));
		return ids;
	}

	private void inspectorStep(String user) {
		int pick = ThreadLocalRandom.current().nextInt(4);
		if (pick < 2) {
			get("task list", user, "/api/inspections/tasks?planId=" + PLAN);
		}
		else if (pick < 3) {
			get("agency search", user, "/api/registry/agencies?page=0&size=20");
		}
		else {
			get("region", user, "/api/registry/regions/410700");
		}
	}

	/**
	 * The writing team: reads its task, sheet and evidence, answers items, uploads
	 * photos.
	 */
	private void writerStep() {
		int pick = ThreadLocalRandom.current().nextInt(10);
		if (pick < 2) {
			get("task read", WRITER, "/api/inspections/tasks/" + WRITE_TASK);
		}
		else if (pick < 3) {
			get("evidence list", WRITER, "/api/evidence/inspections/" + WRITE_TASK);
		}
		else if (pick < 8) {
			answer(ITEMS.get(ThreadLocalRandom.current().nextInt(ITEMS.size())));
		}
		else {
			upload();
		}
	}

	/** Reads the sheet for the item's version, then answers it with that version. */
	private void answer(String item) {
		Reply sheet = get("sheet read", WRITER, "/api/scoring/sheets/" + this.sheetId);
		if (sheet == null || sheet.status() != 200) {
			return;
		}
		long version = JSON.readTree(sheet.body()).path("items").path(item).path("version").asLong(0);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", version);
		body.put("finding", "B");
		body.put("note", "soak " + UUID.randomUUID());
		HttpRequest.Builder request = request(WRITER, "/api/scoring/sheets/" + this.sheetId + "/items/" + item)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
		Reply reply = send("sheet answer", request, true);
		if (reply != null && reply.status() == 200) {
			this.ledger.answerAcknowledged(item);
		}
	}

	private void upload() {
		long n = this.uploadsSent.incrementAndGet();
		String boundary = "----soak" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nPROCESS_PHOTO\r\n");
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"soak-" + n
				+ ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\n");
		body.writeBytes(photo(n));
		write(body, "\r\n--" + boundary + "--\r\n");
		HttpRequest.Builder request = request(WRITER, "/api/evidence/inspections/" + WRITE_TASK + "/files")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		Reply reply = send("evidence upload", request, true);
		if (reply != null && reply.status() == 201) {
			this.ledger.uploadAcknowledged(JSON.readTree(reply.body()).path("id").asString(""));
		}
	}

	/**
	 * A small photo, different every time (the n-th upload's number in its first row).
	 */
	private static byte[] photo(long n) {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color((int) (n * 2654435761L) & 0xFFFFFF));
		graphics.fillRect(0, 0, 64, 48);
		graphics.dispose();
		for (int bit = 0; bit < 64; bit++) {
			image.setRGB(bit, 0, (((n >>> bit) & 1) == 1) ? 0xFFFFFF : 0);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private Reply get(String kind, String user, String path) {
		return send(kind, request(user, path).GET(), false);
	}

	private HttpRequest.Builder request(String user, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path))
			.timeout(Duration.ofSeconds(30));
		if (user != null) {
			request.header("Authorization", "Bearer " + token(user));
		}
		return request;
	}

	private Reply send(String kind, HttpRequest.Builder request, boolean write) {
		Kind counts = this.kinds.computeIfAbsent(kind, (key) -> new Kind());
		long start = System.nanoTime();
		try {
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			counts.answered(response.statusCode(), (System.nanoTime() - start) / 1000, this.measuring);
			return new Reply(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			counts.socketErrors.incrementAndGet();
			if (write) {
				this.ledger.writeUnanswered();
			}
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private String token(String user) {
		Token token = this.tokens.get(user);
		if (token == null || token.old()) {
			token = this.tokens.compute(user, (key, current) -> (current != null && !current.old()) ? current
					: new Token(passwordGrant(key), System.nanoTime()));
		}
		return token.value();
	}

	private String passwordGrant(String user) {
		String form = "grant_type=password&client_id=shuangsuiji-cli&username=" + user + "&password=demo";
		HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_URL))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Keycloak refused " + user + ": " + response.statusCode());
			}
			return JSON.readTree(response.body()).path("access_token").asString();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keycloak did not answer for " + user, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String officialSheet() {
		Reply reply = send("setup",
				request(WRITER, "/api/scoring/sheets?inspectionId=" + WRITE_TASK + "&mode=OFFICIAL").GET(), false);
		if (reply == null || reply.status() != 200) {
			throw new IllegalStateException("no sheet list for " + WRITE_TASK + ": was the demo story told?");
		}
		String id = JSON.readTree(reply.body()).path(0).path("id").asString("");
		if (id.isEmpty()) {
			throw new IllegalStateException("no official sheet for " + WRITE_TASK + ": was the demo story told?");
		}
		return id;
	}

	private Map<String, Long> itemVersions() {
		Reply reply = send("setup", request(WRITER, "/api/scoring/sheets/" + this.sheetId).GET(), false);
		if (reply == null || reply.status() != 200) {
			throw new IllegalStateException("the sheet " + this.sheetId + " cannot be read");
		}
		JsonNode items = JSON.readTree(reply.body()).path("items");
		Map<String, Long> versions = new HashMap<>();
		for (String item : ITEMS) {
			versions.put(item, items.path(item).path("version").asLong(0));
		}
		return versions;
	}

	private Set<String> evidenceIds() {
		Reply reply = send("setup", request(WRITER, "/api/evidence/inspections/" + WRITE_TASK).GET(), false);
		if (reply == null || reply.status() != 200) {
			throw new IllegalStateException("the evidence of " + WRITE_TASK + " cannot be read");
		}
		Set<String> ids = new HashSet<>();
		JSON.readTree(reply.body()).path("records").forEach((record) -> ids.add(record.path("id").asString("")));
		return ids;
	}

	private int report(double seconds, Map<String, Long> before, Map<String, Long> after, Set<String> held) {
		System.out.printf("%n%-16s %8s %7s %8s %8s %7s %6s %6s %7s  %s%n", "request", "count", "req/s", "p50 ms",
				"p99 ms", "2xx", "429", "5xx", "socket", "other statuses");
		long total = 0;
		long failures = 0;
		for (Map.Entry<String, Kind> entry : new java.util.TreeMap<>(this.kinds).entrySet()) {
			if (entry.getKey().equals("setup")) {
				continue;
			}
			Kind kind = entry.getValue();
			int count = kind.latencies.count();
			total += count;
			failures += kind.serverErrors.get() + kind.tooMany.get() + kind.socketErrors.get();
			System.out.printf("%-16s %8d %7.1f %8.1f %8.1f %7d %6d %6d %7d  %s%n", entry.getKey(), count,
					count / seconds, kind.latencies.percentileMillis(50), kind.latencies.percentileMillis(99),
					kind.ok.get(), kind.tooMany.get(), kind.serverErrors.get(), kind.socketErrors.get(), kind.others);
		}
		System.out.printf(
				"all              %8d %7.1f  (latencies over the measured %.0f s; statuses over the warm-up too)%n",
				total, total / seconds, seconds);
		long answersLost = this.ledger.answersLost(before, after);
		long uploadsLost = this.ledger.uploadsLost(held);
		long gained = after.values().stream().mapToLong(Long::longValue).sum()
				- before.values().stream().mapToLong(Long::longValue).sum();
		System.out.printf(
				"writes: sheet answers acknowledged %d, versions gained %d, lost %d; evidence uploads "
						+ "acknowledged %d, held %d of them, lost %d; writes without an answer %d%n",
				this.ledger.answers(), gained, answersLost, this.ledger.uploads(), this.ledger.uploads() - uploadsLost,
				uploadsLost, this.ledger.unanswered());
		boolean passed = failures == 0 && answersLost == 0 && uploadsLost == 0;
		System.out.println(passed ? "SOAK PASSED: no 5xx, no 429, no socket error, no lost write"
				: "SOAK FAILED: see the 5xx, 429, socket and lost columns above");
		return passed ? 0 : 1;
	}

	private static void say(String message) {
		System.out.println("[soak] " + message);
	}

	private record Reply(int status, byte[] body) {
	}

	/** A token is renewed after ten minutes (the realm's tokens live fifteen). */
	private record Token(String value, long fetchedAtNanos) {

		boolean old() {
			return System.nanoTime() - this.fetchedAtNanos > Duration.ofMinutes(10).toNanos();
		}

	}

	/** The answers to one kind of request. */
	private static final class Kind {

		final Latencies latencies = new Latencies();

		final AtomicLong ok = new AtomicLong();

		final AtomicLong tooMany = new AtomicLong();

		final AtomicLong serverErrors = new AtomicLong();

		final AtomicLong socketErrors = new AtomicLong();

		final Map<Integer, AtomicLong> others = new ConcurrentHashMap<>();

		void answered(int status, long micros, boolean measuring) {
			if (measuring) {
				this.latencies.add(micros);
			}
			if (status >= 200 && status < 300) {
				this.ok.incrementAndGet();
			}
			else if (status == 429) {
				this.tooMany.incrementAndGet();
			}
			else if (status >= 500) {
				this.serverErrors.incrementAndGet();
			}
			else {
				this.others.computeIfAbsent(status, (key) -> new AtomicLong()).incrementAndGet();
			}
		}

	}

}
