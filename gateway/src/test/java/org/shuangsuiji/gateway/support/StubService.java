package org.shuangsuiji.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A downstream service on the JDK's HTTP server: answers every request with 200 JSON
 * (after an optional delay) and records what it received.
 */
public final class StubService implements AutoCloseable {

	static {
		// Answer without Nagle's delay: headers and body go out in separate writes.
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private boolean recording = true;

	private final Duration delay;

	private StubService(Duration delay, int port) {
		this.delay = delay;
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.setExecutor(Executors.newFixedThreadPool(8));
		this.server.start();
	}

	public static StubService start() {
		return new StubService(Duration.ZERO, 0);
	}

	/** A service back on the port where an earlier one was closed (restarted). */
	public static StubService startOn(int port) {
		return new StubService(Duration.ZERO, port);
	}

	public static StubService slow(Duration delay) {
		return new StubService(delay, 0);
	}

	public String url() {
		return "http://127.0.0.1:" + port();
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	public List<Received> received() {
		return List.copyOf(this.received);
	}

	public Received last() {
		return this.received.get(this.received.size() - 1);
	}

	/** Stops keeping requests (for load runs). */
	public StubService notRecording() {
		this.recording = false;
		return this;
	}

	public void reset() {
		this.received.clear();
	}

	private void handle(HttpExchange exchange) throws IOException {
		long length;
		try (InputStream body = exchange.getRequestBody()) {
			length = body.transferTo(OutputStream.nullOutputStream());
		}
		if (this.recording) {
			this.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
					Map.copyOf(firstValues(exchange)), length));
		}
		if (!this.delay.isZero()) {
			try {
				Thread.sleep(this.delay.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		byte[] answer = "{\"service\":\"stub\",\"ok\":true}".getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, answer.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(answer);
		}
	}

	private static Map<String, String> firstValues(HttpExchange exchange) {
		Map<String, String> headers = new java.util.HashMap<>();
		exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
		return headers;
	}

	@Override
	public void close() {
		this.server.stop(0);
		((ExecutorService) this.server.getExecutor()).shutdownNow();
	}

	/**
	 * One request as the downstream saw it.
	 *
	 * @param method the HTTP method
	 * @param uri path and query
	 * @param headers first value of each header, names in lower case
	 * @param bodyBytes how many body bytes arrived
	 */
	public record Received(String method, String uri, Map<String, String> headers, long bodyBytes) {

		public String header(String name) {
			return this.headers.get(name.toLowerCase());
		}

	}

}
