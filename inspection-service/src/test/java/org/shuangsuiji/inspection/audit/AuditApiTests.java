package org.shuangsuiji.inspection.audit;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.platform.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

class AuditApiTests extends ApiTestSupport {

	@Autowired
	private MongoTemplate mongo;

	@Test
	void everyChangeToAPlanIsInTheTrailWithWhoAndWhat() {
		String id = publishedPlan(Map.of("mode", "RATE", "value", 25), twoInspectors());
		body(http(city()).post("/api/inspections/plans/" + id + "/draw", Map.of()), 201);
		List<Map<String, Object>> entries = read(body(http(city()).get("/api/inspections/audit?subjectId=" + id), 200),
				"$");
		assertThat(entries).extracting((e) -> e.get("action"))
			.containsExactly("draw.drawn", "draw.committed", "plan.published", "plan.created");
		assertThat(entries).allSatisfy((e) -> assertThat(e.get("actorName")).isEqualTo("新乡市司法局 张三"));
		assertThat(entries.get(0).get("previousHash")).isEqualTo(entries.get(1).get("hash"));
		assertThat(((Map<?, ?>) entries.get(1).get("details")).get("commitment").toString()).hasSize(64);
	}

	@Test
	void theTrailIsReadByTheBureausAboveTheirPlansOnly() {
		String id = publishedPlan(Map.of("mode", "ALL"), twoInspectors());
		assertThat(body(http(as(Role.PROVINCE, "410000")).get("/api/inspections/audit?subjectId=" + id), 200))
			.contains(id);
		assertThat(body(http(as(Role.CITY, "410100")).get("/api/inspections/audit?subjectId=" + id), 200))
			.isEqualTo("[]");
		body(http(as(Role.COUNTY, "410725")).get("/api/inspections/audit"), 403);
		body(http(as(Role.INSPECTOR, "410700")).get("/api/inspections/audit"), 403);
		body(http(agency("ag-01", "410703")).get("/api/inspections/audit"), 403);
		body(http(null).get("/api/inspections/audit"), 401);
		body(http(city()).get("/api/inspections/audit?size=5000"), 400);
	}

	@Test
	void theChainVerifiesAndAChangedEntryIsFound() {
		publishedPlan(Map.of("mode", "ALL"), twoInspectors());
		String ok = body(http(city()).get("/api/inspections/audit/verification"), 200);
		assertThat((Boolean) read(ok, "$.valid")).isTrue();
		body(http(as(Role.COUNTY, "410725")).get("/api/inspections/audit/verification"), 403);

		Document first = this.mongo.getCollection("audit").find(new Document("_id", 2L)).first();
		Query second = new Query(Criteria.where("_id").is(2L));
		this.mongo.updateFirst(second, Update.update("action", "plan.deleted"), "audit");
		try {
			String broken = body(http(as(Role.PROVINCE, "410000")).get("/api/inspections/audit/verification"), 200);
			assertThat((Boolean) read(broken, "$.valid")).isFalse();
			assertThat(read(broken, "$.firstBrokenSeq").toString()).isEqualTo("2");
		}
		finally {
			this.mongo.updateFirst(second, Update.update("action", first.getString("action")), "audit");
		}
		assertThat((Boolean) read(body(http(city()).get("/api/inspections/audit/verification"), 200), "$.valid"))
			.isTrue();
	}

}
