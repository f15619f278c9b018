package org.shuangsuiji.platform.infra.mongo;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB wire-protocol server in this JVM (de.bwaldvogel mongo-java-server), driven by
 * the real MongoDB driver. In memory for tests; on an H2 MVStore file for the local run,
 * so a second start keeps the data, its {@code _id} lookups planned as MongoDB plans them
 * ({@link KeyLookupIndex}). See docs/adr/0001.
 */
public final class MongoProtocolServer implements AutoCloseable {

	private final MongoServer server;

	private final MongoBackend backend;

	private final InetSocketAddress address;

	private MongoProtocolServer(MongoBackend backend, int port) {
		this.backend = backend;
		this.server = new MongoServer(backend);
		this.server.bind("127.0.0.1", port);
		this.address = this.server.getLocalAddress();
	}

	/** Starts an in-memory server on a free port. */
	public static MongoProtocolServer inMemory() {
		return new MongoProtocolServer(new MemoryBackend(), 0);
	}

	/** Starts a server that keeps its data in {@code file} (created if absent). */
	public static MongoProtocolServer onDisk(Path file, int port) {
		return onDisk(file, port, DEFAULT_CACHE_MEGABYTES);
	}

	/** H2's own default page cache. */
	public static final int DEFAULT_CACHE_MEGABYTES = 16;

	/**
	 * Starts a server that keeps its data in {@code file} (created if absent), with a
	 * page cache of {@code cacheMegabytes} (deserialized documents: scans of a working
	 * set that fits do not read the file again).
	 */
	public static MongoProtocolServer onDisk(Path file, int port, int cacheMegabytes) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("cannot create the folder of " + file, ex);
		}
		return new MongoProtocolServer(new KeyLookupH2Backend(file.toAbsolutePath().toString(), cacheMegabytes), port);
	}

	public int port() {
		return this.address.getPort();
	}

	/**
	 * A connection string for {@code database}, such as
	 * {@code mongodb://127.0.0.1:27018/registry}.
	 */
	public String uri(String database) {
		return "mongodb://127.0.0.1:" + port() + "/" + database;
	}

	@Override
	public void close() {
		this.server.shutdownNow();
		if (this.backend instanceof H2Backend h2) {
			h2.close();
		}
	}

}
