package org.shuangsuiji.evidence.config;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.minio.MinioClient;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.evidence.export.EvidenceExporter;
import org.shuangsuiji.evidence.inspection.client.HttpInspectionTasks;
import org.shuangsuiji.evidence.reconcile.Reconciler;
import org.shuangsuiji.evidence.reconcile.persistence.MongoReconciliationReports;
import org.shuangsuiji.evidence.record.EvidenceService;
import org.shuangsuiji.evidence.record.EvidenceSettings;
import org.shuangsuiji.evidence.record.listener.AuditTrailListener;
import org.shuangsuiji.evidence.record.persistence.MongoEvidenceEvents;
import org.shuangsuiji.evidence.record.persistence.MongoEvidenceRecords;
import org.shuangsuiji.evidence.record.persistence.MongoInspections;
import org.shuangsuiji.evidence.storage.minio.MinioObjectStore;
import org.shuangsuiji.evidence.verification.ChainVerifier;
import org.shuangsuiji.platform.event.DomainEvents;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The service's beans, wired by hand: the domain classes are plain Java and know nothing
 * of Spring.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
@EnableScheduling
public class EvidenceConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	MinioObjectStore objectStore(EvidenceProperties properties) {
		EvidenceProperties.Storage storage = properties.storage();
		MinioClient client = minio(storage, storage.endpoint());
		MinioClient presigner = storage.publicEndpoint().equals(storage.endpoint()) ? client
				: minio(storage, storage.publicEndpoint());
		return new MinioObjectStore(client, presigner, properties.bucket(), properties.partSize().toBytes());
	}

	private static MinioClient minio(EvidenceProperties.Storage storage, String endpoint) {
		MinioClient client = MinioClient.builder()
			.endpoint(endpoint)
			.credentials(storage.accessKey(), storage.secretKey())
			// A fixed region spares a GetBucketLocation round trip and lets presigning
			// work offline.
			.region(storage.region())
			.build();
		client.setTimeout(storage.connectTimeout().toMillis(), storage.readTimeout().toMillis(),
				storage.readTimeout().toMillis());
		return client;
	}

	@Bean
	ObjectStoreHealthIndicator objectStoreHealthIndicator(MinioObjectStore store) {
		return new ObjectStoreHealthIndicator(store, store.bucket());
	}

	@Bean
	MongoEvidenceRecords evidenceRecords(MongoOperations mongo) {
		return new MongoEvidenceRecords(mongo);
	}

	@Bean
	MongoInspections inspections(MongoOperations mongo) {
		return new MongoInspections(mongo);
	}

	@Bean
	MongoEvidenceEvents evidenceEvents(MongoOperations mongo) {
		return new MongoEvidenceEvents(mongo);
	}

	/**
	 * The first start-up work: the unique (inspectionId, sequence) and idempotency-key
	 * indexes hold the chain together, so they exist before the demo data or anything
	 * else runs.
	 */
	@Bean
	@Order(0)
	ApplicationRunner evidenceIndexes(MongoEvidenceRecords records, MongoEvidenceEvents events) {
		return (args) -> {
			records.createIndexes();
			events.createIndexes();
		};
	}

	@Bean
	EvidenceService evidenceService(MongoEvidenceRecords records, MongoInspections inspections,
			MongoEvidenceEvents trail, MinioObjectStore store, EvidenceProperties properties, Clock clock,
			DomainEvents events, HttpInspectionTasks tasks) {
		return new EvidenceService(records, inspections, trail, store, settings(properties), clock,
				() -> UUID.randomUUID().toString(), events, tasks);
	}

	/** The limits of the use cases, from {@code evidence.*}. */
	public static EvidenceSettings settings(EvidenceProperties properties) {
		return new EvidenceSettings(properties.maxUploadSize().toBytes(), properties.downloadUrlValidity());
	}

	@Bean
	AuditTrailListener auditTrailListener(MongoEvidenceEvents trail) {
		return new AuditTrailListener(trail);
	}

	@Bean
	ChainVerifier chainVerifier(MinioObjectStore store) {
		return new ChainVerifier(store);
	}

	@Bean
	EvidenceExporter evidenceExporter(MinioObjectStore store) throws IOException {
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		byte[] script;
		try (InputStream in = EvidenceConfiguration.class.getResourceAsStream("/tools/" + EvidenceExporter.SCRIPT)) {
			if (in == null) {
				throw new IllegalStateException("the export verification script is missing from the jar");
			}
			script = in.readAllBytes();
		}
		return new EvidenceExporter(store, json::writeValueAsBytes, script);
	}

	@Bean
	Reconciler reconciler(MinioObjectStore store, MongoEvidenceRecords records, MongoOperations mongo,
			EvidenceProperties properties, Clock clock) {
		return new Reconciler(store, records, new MongoReconciliationReports(mongo), clock,
				properties.reconciliation().grace());
	}

	@Bean
	ReconciliationJob reconciliationJob(Reconciler reconciler, MeterRegistry meters) {
		return new ReconciliationJob(reconciler, meters);
	}

}
