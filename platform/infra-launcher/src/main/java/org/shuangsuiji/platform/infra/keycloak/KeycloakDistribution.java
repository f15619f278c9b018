package org.shuangsuiji.platform.infra.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The unpacked Keycloak distribution in a cache folder outside {@code target/}, shared by
 * every build and JVM on the machine. The zip is unpacked into a temporary sibling folder
 * and renamed into place, so the cache folder either does not exist or is complete; a
 * file lock beside it keeps two JVMs from unpacking or starting at the same time.
 */
final class KeycloakDistribution {

	private static final Logger logger = LoggerFactory.getLogger(KeycloakDistribution.class);

	/** One lock per JVM as well: a JVM may not hold two overlapping file locks. */
	private static final Object JVM_LOCK = new Object();

	private final Path zip;

	private final Path home;

	KeycloakDistribution(Path zip, Path home) {
		this.zip = zip.toAbsolutePath();
		this.home = home.toAbsolutePath();
	}

	Path home() {
		return this.home;
	}

	Path script() {
		return this.home.resolve("bin").resolve("kc.sh");
	}

	Path importDir() {
		return this.home.resolve("data").resolve("import");
	}

	/**
	 * Runs {@code action} while holding the machine-wide lock of this cache folder, after
	 * making sure the distribution is unpacked.
	 */
	<T> T whileLocked(LockedAction<T> action) {
		synchronized (JVM_LOCK) {
			Path lockFile = this.home.resolveSibling(this.home.getFileName() + ".lock");
			try {
				Files.createDirectories(this.home.getParent());
				try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
						StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
					unpackIfAbsent();
					return action.run();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot prepare Keycloak in " + this.home, ex);
			}
		}
	}

	/** Unpacks the zip unless a complete distribution is already there. */
	void unpackIfAbsent() throws IOException {
		if (isComplete()) {
			return;
		}
		if (Files.exists(this.home)) {
			logger.warn("Removing incomplete Keycloak folder {}", this.home);
			deleteRecursively(this.home);
		}
		if (!Files.isRegularFile(this.zip)) {
			throw new IllegalStateException("Keycloak distribution not found at " + this.zip
					+ "; run the Maven build once (it downloads org.keycloak:keycloak-quarkus-dist:zip)"
					+ " or set -Dkeycloak.dist.zip=/path/to/keycloak-quarkus-dist.zip");
		}
		long started = System.nanoTime();
		Files.createDirectories(this.home.getParent());
		Path staging = Files.createTempDirectory(this.home.getParent(), "." + this.home.getFileName() + ".unpack-");
		try {
			extract(this.zip, staging);
			Path top = singleTopFolder(staging);
			markScriptsExecutable(top.resolve("bin"));
			moveIntoPlace(top, this.home);
		}
		finally {
			deleteRecursively(staging);
		}
		logger.info("Unpacked {} into {} in {} ms", this.zip.getFileName(), this.home,
				(System.nanoTime() - started) / 1_000_000);
	}

	private boolean isComplete() {
		return Files.isRegularFile(script())
				&& Files.isRegularFile(this.home.resolve("lib").resolve("quarkus-run.jar"));
	}

	static void extract(Path zip, Path target) throws IOException {
		Path root = target.toAbsolutePath().normalize();
		try (ZipFile file = new ZipFile(zip.toFile())) {
			Enumeration<? extends ZipEntry> entries = file.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				Path destination = root.resolve(entry.getName()).normalize();
				if (!destination.startsWith(root)) {
					throw new IOException("zip entry escapes the target folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(destination);
					continue;
				}
				Files.createDirectories(destination.getParent());
				try (InputStream in = file.getInputStream(entry)) {
					Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static Path singleTopFolder(Path staging) throws IOException {
		try (var children = Files.list(staging)) {
			List<Path> folders = children.filter(Files::isDirectory).toList();
			if (folders.size() != 1) {
				throw new IOException("expected one top folder in the Keycloak zip, found " + folders);
			}
			return folders.get(0);
		}
	}

	private static void markScriptsExecutable(Path bin) throws IOException {
		if (!Files.isDirectory(bin)) {
			return;
		}
		try (var scripts = Files.list(bin)) {
			scripts.filter((script) -> script.getFileName().toString().endsWith(".sh"))
				.forEach((script) -> script.toFile().setExecutable(true));
		}
	}

	private static void moveIntoPlace(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(source, target);
		}
	}

	static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		Files.walkFileTree(path, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}

		});
	}

	@FunctionalInterface
	interface LockedAction<T> {

		T run() throws IOException;

	}

}
