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
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

class AuditApiTests extends ApiTestSupport {

	@Autowired
	private MongoTemplate mongo;

	@Test
	void everyChangeToAPlanIsInTheTrailWithWhoAndWhat() {
		String id = publishedPlan(Map.of("mode", "RATE", "value", 25), twoInspectors());
		call(HttpMethod.POST, "/api/inspections/plans/" + id + "/draw", city(), Map.of(), 201);
		List<Map<String, Object>> entries = read(get("/api/inspections/audit?subjectId=" + id, city(), 200), "$");
		assertThat(entries).extracting((e) -> e.get("action"))
			.containsExactly("draw.drawn", "draw.committed", "plan.published", "plan.created");
		assertThat(entries).allSatisfy((e) -> assertThat(e.get("actorName")).isEqualTo("新乡市司法局 张三"));
		assertThat(entries.get(0).get("previousHash")).isEqualTo(entries.get(1).get("hash"));
		assertThat(((Map<?, ?>) entries.get(1).get("details")).get("commitment").toString()).hasSize(64);
	}

	@Test
	void theTrailIsReadByTheBureausAboveTheirPlansOnly() {
		String id = publishedPlan(Map.of("mode", "ALL"), twoInspectors());
		assertThat(get("/api/inspections/audit?subjectId=" + id, as(Role.PROVINCE, "410000"), 200)).contains(id);
		assertThat(get("/api/inspections/audit?subjectId=" + id, as(Role.CITY, "410100"), 200)).isEqualTo("[]");
		get("/api/inspections/audit", as(Role.COUNTY, "410725"), 403);
		get("/api/inspections/audit", as(Role.INSPECTOR, "410700"), 403);
		get("/api/inspections/audit", agency("ag-01", "410703"), 403);
		get("/api/inspections/audit", null, 401);
		get("/api/inspections/audit?size=5000", city(), 400);
	}

	@Test
	void theChainVerifiesAndAChangedEntryIsFound() {
		publishedPlan(Map.of("mode", "ALL"), twoInspectors());
		String ok = get("/api/inspections/audit/verification", city(), 200);
		assertThat((Boolean) read(ok, "$.valid")).isTrue();
		get("/api/inspections/audit/verification", as(Role.COUNTY, "410725"), 403);

		Document first = this.mongo.getCollection("audit").find(new Document("_id", 2L)).first();
		Query second = new Query(Criteria.where("_id").is(2L));
		this.mongo.updateFirst(second, Update.update("action", "plan.deleted"), "audit");
		try {
			String broken = get("/api/inspections/audit/verification", as(Role.PROVINCE, "410000"), 200);
			assertThat((Boolean) read(broken, "$.valid")).isFalse();
			assertThat(read(broken, "$.firstBrokenSeq").toString()).isEqualTo("2");
		}
		finally {
			this.mongo.updateFirst(second, Update.update("action", first.getString("action")), "audit");
		}
		assertThat((Boolean) read(get("/api/inspections/audit/verification", city(), 200), "$.valid")).isTrue();
	}

}
