package org.shuangsuiji.platform.infra.mongo;

import java.nio.file.Path;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class KeyLookupIndexTests {

	@Test
	void aFilterOfIdAndOtherConditionsIsAnsweredFromTheIdIndex() {
		var backend = new KeyLookupH2Backend(new MVStore.Builder().open());
		MongoServer server = new MongoServer(backend);
		try {
			var address = server.bind();
			try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
				sheets(client).insertMany(List.of(sheet("a", "DRAFT"), sheet("b", "DRAFT"), sheet("c", "SUBMITTED")));
			}
			var idIndex = backend.resolveDatabase("scoring")
				.resolveCollection("sheets", true)
				.getIndexes()
				.stream()
				.filter((candidate) -> candidate.getName().equals("_id_"))
				.findFirst()
				.orElseThrow();
			var byIdAndStatus = new de.bwaldvogel.mongo.bson.Document("_id", "b").append("status", "DRAFT");
			assertThat(idIndex).isInstanceOf(KeyLookupIndex.class);
			assertThat(idIndex.canHandle(byIdAndStatus)).isTrue();
			assertThat(idIndex.getPositions(byIdAndStatus)).hasSize(1);
			var byIdRange = new de.bwaldvogel.mongo.bson.Document("_id",
					new de.bwaldvogel.mongo.bson.Document("$in", List.of("a", "b")))
				.append("status", "DRAFT");
			assertThat(idIndex.canHandle(byIdRange)).isFalse();
			var inAnd = new de.bwaldvogel.mongo.bson.Document("$and",
					List.of(new de.bwaldvogel.mongo.bson.Document("_id", "c"),
							new de.bwaldvogel.mongo.bson.Document("status", "DRAFT")));
			assertThat(idIndex.canHandle(inAnd)).isTrue();
			assertThat(idIndex.getPositions(inAnd)).hasSize(1);
		}
		finally {
			server.shutdownNow();
		}
	}

	@Test
	void conditionalUpdatesByIdStillCheckEveryCondition(@TempDir Path dir) {
		try (MongoProtocolServer server = MongoProtocolServer.onDisk(dir.resolve("mongo.mv"), 0);
				MongoClient client = MongoClients.create(server.uri("scoring"))) {
			MongoCollection<Document> sheets = sheets(client);
			sheets.insertMany(List.of(sheet("a", "DRAFT"), sheet("b", "SUBMITTED")));

			// flat, as Spring Data's Criteria sends it
			var draftA = new Document("_id", "a").append("status", "DRAFT")
				.append("answers.i1", new Document("$exists", false));
			assertThat(sheets.updateOne(draftA, Updates.set("answers.i1", 1)).getMatchedCount()).isEqualTo(1);
			assertThat(sheets.updateOne(draftA, Updates.set("answers.i1", 2)).getMatchedCount()).isZero();
			var draftB = new Document("_id", "b").append("status", "DRAFT");
			assertThat(sheets.updateOne(draftB, Updates.set("answers.i1", 1)).getMatchedCount()).isZero();
			assertThat(sheets.find(Filters.and(Filters.eq("_id", "missing"), Filters.eq("status", "DRAFT")))).isEmpty();
			assertThat(sheets.find(Filters.and(Filters.in("_id", "a", "b"), Filters.eq("status", "SUBMITTED"))))
				.extracting((document) -> document.getString("_id"))
				.containsExactly("b");
			assertThat(sheets.find(Filters.eq("_id", "a")).first().get("answers", Document.class).getInteger("i1"))
				.isEqualTo(1);
		}
	}

	@Test
	void aDataFileWrittenByThePlainBackendOpensAsItWas(@TempDir Path dir) {
		Path file = dir.resolve("mongo.mv");
		H2Backend plain = new H2Backend(file.toString());
		MongoServer server = new MongoServer(plain);
		try {
			var address = server.bind();
			try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
				sheets(client).insertOne(sheet("a", "DRAFT"));
			}
		}
		finally {
			server.shutdownNow();
			plain.close();
		}
		try (MongoProtocolServer reopened = MongoProtocolServer.onDisk(file, 0);
				MongoClient client = MongoClients.create(reopened.uri("scoring"))) {
			assertThat(sheets(client).find(Filters.and(Filters.eq("_id", "a"), Filters.eq("status", "DRAFT"))))
				.hasSize(1);
		}
	}

	@Test
	void aCompoundUniqueIndexAnswersItsLeadingFieldAndKeepsItsUniquenessAcrossARestart(@TempDir Path dir) {
		Path file = dir.resolve("mongo.mv");
		try (MongoProtocolServer server = MongoProtocolServer.onDisk(file, 0);
				MongoClient client = MongoClients.create(server.uri("evidence"))) {
			MongoCollection<Document> records = client.getDatabase("evidence").getCollection("records");
			records.createIndex(com.mongodb.client.model.Indexes.ascending("inspectionId", "sequence"),
					new com.mongodb.client.model.IndexOptions().unique(true).name("chain_position"));
			records.insertMany(List.of(record("r1", "t1", 1), record("r2", "t1", 2), record("r3", "t2", 1)));
		}
		try (MongoProtocolServer server = MongoProtocolServer.onDisk(file, 0);
				MongoClient client = MongoClients.create(server.uri("evidence"))) {
			MongoCollection<Document> records = client.getDatabase("evidence").getCollection("records");
			Document last = records.find(new Document("inspectionId", "t1")).sort(new Document("sequence", -1)).first();
			assertThat(last.getString("_id")).isEqualTo("r2");
			records.insertOne(record("r4", "t1", 3));
			assertThat(records.find(new Document("inspectionId", "t1"))
				.map((document) -> document.getString("_id"))
				.into(new java.util.ArrayList<>())).containsExactlyInAnyOrder("r1", "r2", "r4");
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> records.insertOne(record("r5", "t2", 1)))
				.isInstanceOf(com.mongodb.MongoWriteException.class);
		}
	}

	private static Document record(String id, String inspectionId, int sequence) {
		return new Document("_id", id).append("inspectionId", inspectionId).append("sequence", sequence);
	}

	private static MongoCollection<Document> sheets(MongoClient client) {
		return client.getDatabase("scoring").getCollection("sheets");
	}

	private static Document sheet(String id, String status) {
		return new Document("_id", id).append("status", status);
	}

}
