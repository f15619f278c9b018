package org.shuangsuiji.platform.infra.mongo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AggregationThroughIndexTests {

	@Test
	void anAggregationStartingWithAMatchAnswersAsTheLibrarysOwnDoes(@TempDir Path dir) {
		try (MongoProtocolServer server = MongoProtocolServer.onDisk(dir.resolve("mongo.mv"), 0);
				MongoClient client = MongoClients.create(server.uri("scoring"))) {
			MongoCollection<Document> sheets = client.getDatabase("scoring").getCollection("sheets");
			sheets.createIndex(Indexes.ascending("province", "year", "status"));
			sheets.insertMany(List.of(sheet("a", "410000", 2025, "SUBMITTED", 90),
					sheet("b", "410000", 2025, "DRAFT", 0), sheet("c", "410000", 2024, "SUBMITTED", 70),
					sheet("d", "420000", 2025, "SUBMITTED", 80), sheet("e", "410000", 2025, "SUBMITTED", 60)));

			Document byIndex = first(
					sheets, List.of(
							new Document("$match",
									new Document("province", "410000").append("year", 2025)
										.append("status", "SUBMITTED")),
							new Document("$group", new Document("_id", null).append("sheets", new Document("$sum", 1))
								.append("mean", new Document("$avg", "$total")))));
			assertThat(byIndex.getInteger("sheets")).isEqualTo(2);
			assertThat(byIndex.getDouble("mean")).isEqualTo(75.0);

			// not through an index (no leading field given), and an expression: the
			// library's own path
			Document scanned = first(sheets, List.of(new Document("$match", new Document("status", "SUBMITTED")),
					new Document("$group", new Document("_id", null).append("sheets", new Document("$sum", 1)))));
			assertThat(scanned.getInteger("sheets")).isEqualTo(4);
			Document expression = first(sheets,
					List.of(new Document("$match", new Document("$expr", new Document("$gt", List.of("$total", 75)))),
							new Document("$count", "sheets")));
			assertThat(expression.getInteger("sheets")).isEqualTo(2);

			List<String> sorted = sheets
				.aggregate(List.of(new Document("$match", new Document("province", "410000")),
						new Document("$sort", new Document("total", -1)), new Document("$limit", 2)))
				.map((document) -> document.getString("_id"))
				.into(new ArrayList<>());
			assertThat(sorted).containsExactly("a", "c");
		}
	}

	private static Document first(MongoCollection<Document> collection, List<Document> pipeline) {
		return collection.aggregate(pipeline).first();
	}

	private static Document sheet(String id, String province, int year, String status, int total) {
		return new Document("_id", id).append("province", province)
			.append("year", year)
			.append("status", status)
			.append("total", total);
	}

}
