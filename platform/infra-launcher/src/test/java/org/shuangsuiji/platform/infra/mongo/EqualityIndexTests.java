package org.shuangsuiji.platform.infra.mongo;

import java.nio.file.Path;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EqualityIndexTests {

	@Test
	void anIndexedFieldIsFoundByItsValueThroughInsertsUpdatesAndDeletes(@TempDir Path dir) {
		try (MongoProtocolServer server = MongoProtocolServer.onDisk(dir.resolve("mongo.mv"), 0);
				MongoClient client = MongoClients.create(server.uri("evidence"))) {
			MongoCollection<Document> records = records(client);
			records.createIndex(Indexes.ascending("inspectionId"), new IndexOptions().name("inspection"));
			records.insertMany(List.of(record("r1", "t1", 1), record("r2", "t1", 2), record("r3", "t2", 1)));

			assertThat(ids(records, new Document("inspectionId", "t1"))).containsExactlyInAnyOrder("r1", "r2");
			assertThat(ids(records, new Document("inspectionId", "t1").append("sequence", 2))).containsExactly("r2");
			assertThat(ids(records, new Document("inspectionId", "none"))).isEmpty();

			records.updateOne(new Document("_id", "r2"), Updates.set("inspectionId", "t2"));
			assertThat(ids(records, new Document("inspectionId", "t1"))).containsExactly("r1");
			assertThat(ids(records, new Document("inspectionId", "t2"))).containsExactlyInAnyOrder("r2", "r3");

			records.updateMany(new Document("inspectionId", "t2"), Updates.set("closed", true));
			assertThat(ids(records, new Document("inspectionId", "t2").append("closed", true)))
				.containsExactlyInAnyOrder("r2", "r3");

			records.deleteOne(new Document("_id", "r3"));
			assertThat(ids(records, new Document("inspectionId", "t2"))).containsExactly("r2");
			// a range is not answered by the index, and still right
			assertThat(ids(records, new Document("inspectionId", new Document("$in", List.of("t1", "t2")))))
				.containsExactlyInAnyOrder("r1", "r2");
		}
	}

	@Test
	void theIndexIsBuiltAgainFromTheDocumentsWhenTheServerStartsOnItsData(@TempDir Path dir) {
		Path file = dir.resolve("mongo.mv");
		try (MongoProtocolServer server = MongoProtocolServer.onDisk(file, 0);
				MongoClient client = MongoClients.create(server.uri("evidence"))) {
			records(client).createIndex(Indexes.ascending("inspectionId"));
			records(client).insertMany(List.of(record("r1", "t1", 1), record("r2", "t2", 1)));
		}
		try (MongoProtocolServer server = MongoProtocolServer.onDisk(file, 0);
				MongoClient client = MongoClients.create(server.uri("evidence"))) {
			assertThat(ids(records(client), new Document("inspectionId", "t2"))).containsExactly("r2");
			records(client).insertOne(record("r3", "t2", 2));
			assertThat(ids(records(client), new Document("inspectionId", "t2"))).containsExactlyInAnyOrder("r2", "r3");
		}
	}

	@Test
	void aFieldInsideAnArrayIsFoundByAnyOfItsValues(@TempDir Path dir) {
		try (MongoProtocolServer server = MongoProtocolServer.onDisk(dir.resolve("mongo.mv"), 0);
				MongoClient client = MongoClients.create(server.uri("inspection"))) {
			MongoCollection<Document> tasks = client.getDatabase("inspection").getCollection("tasks");
			tasks.createIndex(Indexes.ascending("team.personId"));
			tasks.insertMany(List.of(
					new Document("_id", "a").append("team",
							List.of(new Document("personId", "p1"), new Document("personId", "p2"))),
					new Document("_id", "b").append("team", List.of(new Document("personId", "p2")))));
			assertThat(ids(tasks, new Document("team.personId", "p1"))).containsExactly("a");
			assertThat(ids(tasks, new Document("team.personId", "p2"))).containsExactlyInAnyOrder("a", "b");
		}
	}

	@Test
	void aRegionPrefixIsAnsweredFromTheOrderedValuesAndKeptThroughUpdates(@TempDir Path dir) {
		try (MongoProtocolServer server = MongoProtocolServer.onDisk(dir.resolve("mongo.mv"), 0);
				MongoClient client = MongoClients.create(server.uri("inspection"))) {
			MongoCollection<Document> tasks = client.getDatabase("inspection").getCollection("tasks");
			tasks.createIndex(Indexes.ascending("agencyRegion"));
			tasks.insertMany(List.of(new Document("_id", "a").append("agencyRegion", "410702"),
					new Document("_id", "b").append("agencyRegion", "410703"),
					new Document("_id", "c").append("agencyRegion", "420704"),
					new Document("_id", "d").append("agencyRegion", "4107")));

			assertThat(ids(tasks, new Document("agencyRegion", java.util.regex.Pattern.compile("^4107"))))
				.containsExactlyInAnyOrder("a", "b", "d");
			assertThat(ids(tasks, new Document("agencyRegion", new Document("$regex", "^41"))))
				.containsExactlyInAnyOrder("a", "b", "d");
			assertThat(tasks.aggregate(
					List.of(new Document("$match", new Document("agencyRegion", new Document("$regex", "^4107"))),
							new Document("$count", "n")))
				.first()
				.getInteger("n")).isEqualTo(3);

			tasks.updateOne(new Document("_id", "b"), Updates.set("agencyRegion", "420703"));
			tasks.deleteOne(new Document("_id", "d"));
			assertThat(ids(tasks, new Document("agencyRegion", new Document("$regex", "^4107")))).containsExactly("a");
			assertThat(ids(tasks, new Document("agencyRegion", new Document("$regex", "^42"))))
				.containsExactlyInAnyOrder("b", "c");
			// not a literal start, or with options: the library's scan, still right
			assertThat(ids(tasks, new Document("agencyRegion", new Document("$regex", "0703"))))
				.containsExactlyInAnyOrder("b");
		}
	}

	@Test
	void onlyAnAnchoredLiteralStartWithoutOptionsIsAPrefix() {
		assertThat(EqualityIndex.literalPrefix(new de.bwaldvogel.mongo.bson.Document("$regex", "^4107")))
			.isEqualTo("4107");
		assertThat(EqualityIndex.literalPrefix(new de.bwaldvogel.mongo.bson.Document("$regex", "^41.7")))
			.isEqualTo("41");
		assertThat(EqualityIndex.literalPrefix(new de.bwaldvogel.mongo.bson.Document("$regex", "^"))).isNull();
		assertThat(EqualityIndex.literalPrefix(new de.bwaldvogel.mongo.bson.Document("$regex", "4107"))).isNull();
		assertThat(EqualityIndex
			.literalPrefix(new de.bwaldvogel.mongo.bson.Document("$regex", "^ab").append("$options", "i"))).isNull();
		assertThat(EqualityIndex.literalPrefix("^4107")).isNull();
	}

	@Test
	void aFilterGivingTheLeadingFieldIsAnsweredFromItsDocuments() {
		EqualityIndex<Integer> index = new EqualityIndex<>("province_year",
				List.of(new de.bwaldvogel.mongo.backend.IndexKey("province", true),
						new de.bwaldvogel.mongo.backend.IndexKey("year", true)),
				false);
		index.add(new de.bwaldvogel.mongo.bson.Document("_id", "s1").append("province", "410000").append("year", 2024),
				1, null);
		index.add(new de.bwaldvogel.mongo.bson.Document("_id", "s2").append("province", "410000").append("year", 2025),
				2, null);
		var query = new de.bwaldvogel.mongo.bson.Document("province", "410000").append("year", 2024L)
			.append("status", "SUBMITTED");
		assertThat(index.canHandle(query)).isTrue();
		// the candidates of the leading field; the collection's matcher keeps s1 only
		assertThat(index.getPositions(query)).containsExactlyInAnyOrder(1, 2);
		assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("year", 2024))).isFalse();
		assertThat(index.getCount()).isEqualTo(2);
	}

	private static MongoCollection<Document> records(MongoClient client) {
		return client.getDatabase("evidence").getCollection("evidence_records");
	}

	private static Document record(String id, String inspectionId, int sequence) {
		return new Document("_id", id).append("inspectionId", inspectionId).append("sequence", sequence);
	}

	private static List<String> ids(MongoCollection<Document> collection, Document filter) {
		return collection.find(filter).map((document) -> document.getString("_id")).into(new java.util.ArrayList<>());
	}

}
