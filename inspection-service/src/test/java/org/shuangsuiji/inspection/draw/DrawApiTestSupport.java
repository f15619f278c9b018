package org.shuangsuiji.inspection.draw;

import java.util.Map;

import org.shuangsuiji.inspection.support.ApiTestSupport;

/**
 * What the draw's API tests share: its addresses, and a plan of a quarter of 新乡's
 * agencies in two-inspector teams drawn with the service's own seed.
 */
abstract class DrawApiTestSupport extends ApiTestSupport {

	static final Map<String, Object> QUARTER = Map.of("mode", "RATE", "value", 25);

	static String draw(String id) {
		return "/api/inspections/plans/" + id + "/draw";
	}

	static String publicDraw(String id) {
		return "/api/public/inspections/plans/" + id + "/draw";
	}

	/**
	 * Publishes the quarter plan and draws it as the city, with no seed of the
	 * operator's.
	 */
	protected Drawn drawnQuarterPlan() {
		String id = publishedPlan(QUARTER, twoInspectors());
		return new Drawn(id, body(http(city()).post(draw(id), Map.of()), 201));
	}

	/** A draw as the organiser got it back, and the first member of its first team. */
	record Drawn(String planId, String json) {

		String agencyId() {
			return read(this.json, "$.result.agencies[0].agencyId");
		}

		String firstMemberId() {
			return read(this.json, "$.result.agencies[0].team[0].personId");
		}

		String firstMemberRef() {
			return read(this.json, "$.result.agencies[0].team[0].ref");
		}

	}

}
