package org.shuangsuiji.platform.test.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * Another service as a test meets it: the JDK's HTTP server on a free loopback port,
 * started at its first use and stopped when the test JVM exits, so every test class of
 * the run shares it. Its handler answers JSON with {@link #send}.
 */
public final class StubServer {

	private final String name;

	private final String path;

	private final HttpHandler handler;

	private final int threads;

	private HttpServer server;

	/**
	 * @param name names the stub in a start failure and its stop thread
	 * ({@code inspection-stub})
	 * @param path the path prefix the handler answers
	 * @param handler answers every request under the path
	 * @param threads how many requests it answers at once
	 */
	public StubServer(String name, String path, HttpHandler handler, int threads) {
		this.name = name;
		this.path = path;
		this.handler = handler;
		this.threads = threads;
	}

	/** Starts the stub once and returns its base URL. */
	public synchronized String baseUrl() {
		if (this.server == null) {
			HttpServer started;
			try {
				started = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new IllegalStateException("the " + this.name + " did not start", ex);
			}
			started.createContext(this.path, this.handler);
			started.setExecutor(Executors.newFixedThreadPool(this.threads));
			started.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> started.stop(0), this.name + "-stop"));
			this.server = started;
		}
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Answers {@code body}: JSON for a 200, problem+json for anything else. */
	public static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.getResponseHeaders()
			.set("Content-Type", (status == 200) ? "application/json" : "application/problem+json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	/** A problem+json body with only its type and status, as the services answer. */
	public static byte[] problem(String type, int status) {
		return ("{\"type\":\"urn:shuangsuiji:problem:" + type + "\",\"status\":" + status + "}")
			.getBytes(StandardCharsets.UTF_8);
	}

}
