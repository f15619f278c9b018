package org.shuangsuiji.evidence.record;

import java.time.Instant;

/** A short-lived URL that fetches the object straight from the store. */
public record PresignedDownload(String url, Instant expiresAt) {
}
