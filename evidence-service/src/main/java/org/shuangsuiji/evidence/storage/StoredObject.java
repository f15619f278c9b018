package org.shuangsuiji.evidence.storage;

import java.time.Instant;

/** What the store says about one object. */
public record StoredObject(String key, long size, Instant lastModified) {
}
