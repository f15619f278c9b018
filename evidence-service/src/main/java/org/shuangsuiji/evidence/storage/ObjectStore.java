package org.shuangsuiji.evidence.storage;

import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where evidence bytes live. Every method throws {@link ObjectStoreUnavailableException}
 * when the store cannot be reached, so callers can answer 503 instead of guessing.
 */
public interface ObjectStore {

	/**
	 * Streams {@code content} of unknown length to {@code key}. The content is read to
	 * its end; exceptions thrown while reading it abort the write and reach the caller as
	 * an {@link ObjectStoreWriteFailedException} whose cause is the read failure.
	 */
	void put(String key, InputStream content, String contentType);

	/** Writes a small object whose bytes are already in memory (thumbnails). */
	void put(String key, byte[] content, String contentType);

	/** Opens the object for reading; the caller closes the stream. */
	Optional<InputStream> open(String key);

	Optional<StoredObject> stat(String key);

	/** Visits every object whose key starts with {@code prefix}. */
	void list(String prefix, Consumer<StoredObject> visitor);

	/** A URL anyone holding it may GET the object with until it expires. */
	String presignedGetUrl(String key, Duration validity, String downloadFileName);

	/**
	 * Removes an object that never became evidence (a write whose metadata could not be
	 * saved). Never called for an object a record points to.
	 */
	void removeUnreferenced(String key);

	/** Whether the store answers and the bucket exists. */
	boolean isAvailable();

}
