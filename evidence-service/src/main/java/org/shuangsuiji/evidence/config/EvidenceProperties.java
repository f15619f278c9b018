package org.shuangsuiji.evidence.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code evidence.*}: see application.yml for the defaults and their environment
 * variables.
 *
 * @param bucket the evidence bucket
 * @param maxUploadSize the largest file accepted
 * @param partSize the multipart part size for streaming to the store (memory per upload)
 * @param downloadUrlValidity how long a presigned download URL works
 * @param storage how to reach the object store
 * @param reconciliation when to reconcile and how old an unreferenced object must be to
 * count
 */
@ConfigurationProperties("evidence")
public record EvidenceProperties(String bucket, DataSize maxUploadSize, DataSize partSize, Duration downloadUrlValidity,
		Storage storage, Reconciliation reconciliation) {

	/**
	 * @param endpoint the S3 endpoint the service uses
	 * @param publicEndpoint the S3 endpoint presigned URLs name (what browsers reach)
	 * @param accessKey the access key
	 * @param secretKey the secret key
	 * @param region the S3 region (signing only)
	 * @param connectTimeout connect timeout: a store that is down answers 503 quickly
	 * @param readTimeout read and write timeout
	 */
	public record Storage(String endpoint, String publicEndpoint, String accessKey, String secretKey, String region,
			Duration connectTimeout, Duration readTimeout) {

		/**
		 * No default credentials: a start without them stops here, naming what to set.
		 */
		public Storage {
			if (accessKey == null || accessKey.isBlank()) {
				throw new IllegalStateException("evidence.storage.access-key is missing: set S3_ACCESS_KEY");
			}
			if (secretKey == null || secretKey.isBlank()) {
				throw new IllegalStateException("evidence.storage.secret-key is missing: set S3_SECRET_KEY");
			}
		}

	}

	/**
	 * @param cron the schedule of the whole-bucket reconciliation
	 * @param grace how old an object without a record must be to be reported
	 */
	public record Reconciliation(String cron, Duration grace) {
	}

}
