package org.shuangsuiji.localrun.matrix;

import java.util.List;

import org.shuangsuiji.localrun.matrix.Row.Body;

import static org.shuangsuiji.localrun.matrix.Door.AGENCY_OWN_ONLY;
import static org.shuangsuiji.localrun.matrix.Door.ANY_AGENCY;
import static org.shuangsuiji.localrun.matrix.Door.BUREAU;
import static org.shuangsuiji.localrun.matrix.Door.BUREAU_COVERING_AGENCY;
import static org.shuangsuiji.localrun.matrix.Door.BUREAU_OR_TEAM;
import static org.shuangsuiji.localrun.matrix.Door.BUREAU_OR_MINISTRY;
import static org.shuangsuiji.localrun.matrix.Door.BUREAU_OR_TEAM_OR_OWN_AGENCY;
import static org.shuangsuiji.localrun.matrix.Door.CITY_OR_PROVINCE;
import static org.shuangsuiji.localrun.matrix.Door.ORGANISER;
import static org.shuangsuiji.localrun.matrix.Door.ORGANISER_OR_MINISTRY;
import static org.shuangsuiji.localrun.matrix.Door.ORGANISER_OR_TEAM;
import static org.shuangsuiji.localrun.matrix.Door.PLAN_AREA;
import static org.shuangsuiji.localrun.matrix.Door.PLAN_OWNER;
import static org.shuangsuiji.localrun.matrix.Door.PLAN_OWNER_OR_DRAWN;
import static org.shuangsuiji.localrun.matrix.Door.PLAN_OWNER_OR_OWN_AGENCY;
import static org.shuangsuiji.localrun.matrix.Door.PROVINCE_COVERING;
import static org.shuangsuiji.localrun.matrix.Door.PUBLIC;
import static org.shuangsuiji.localrun.matrix.Door.SIGNED_IN;
import static org.shuangsuiji.localrun.matrix.Door.SIGNED_IN_BUT_OTHER_TEAMS;
import static org.shuangsuiji.localrun.matrix.Door.SIGNED_IN_OR_MINISTRY;
import static org.shuangsuiji.localrun.matrix.Door.STAFF_COVERING_OR_OWN_AGENCY;
import static org.shuangsuiji.localrun.matrix.Door.TEAM_OF_TASK;
import static org.shuangsuiji.localrun.matrix.Door.TEAM_OR_OWN_AGENCY;

/**
 * The rows: every operation of the four services' OpenAPI documents, probed against the
 * 新乡 2024 inspection of 原阳's {@code demo-xx-02} (closed, its fact sheet refused, in the
 * province's review queue after the demo story) and the records around it.
 */
final class AccessRows {

	static final String REGISTRY = "registry-service";

	static final String INSPECTION = "inspection-service";

	static final String SCORING = "scoring-service";

	static final String EVIDENCE = "evidence-service";

	private AccessRows() {
	}

	static List<Row> all() {
		return List.of(
				// registry-service: the agency demo-xx-02 (410725), its appraisers, the
				// pools of 410700
				registry("GET", "/api/registry/{pool}/{id}", ORGANISER).param("pool", "inspectors")
					.param("id", "@inspector"),
				registry("PUT", "/api/registry/{pool}/{id}", ORGANISER).param("pool", "inspectors")
					.param("id", "@inspector"),
				registry("GET", "/api/registry/{pool}/{id}/history", ORGANISER).param("pool", "inspectors")
					.param("id", "@inspector"),
				registry("GET", "/api/registry/{pool}", BUREAU).param("pool", "inspectors"),
				registry("POST", "/api/registry/{pool}", BUREAU).param("pool", "inspectors"),
				registry("GET", "/api/registry/pools/{pool}", ORGANISER).param("pool", "inspectors")
					.query("region=410700"),
				registry("GET", "/api/registry/pools/agencies", ORGANISER).query("region=410700"),
				registry("GET", "/api/registry/appraisers/{id}", STAFF_COVERING_OR_OWN_AGENCY).param("id",
						"@appraiser"),
				registry("PUT", "/api/registry/appraisers/{id}", BUREAU_COVERING_AGENCY).param("id", "@appraiser"),
				registry("GET", "/api/registry/appraisers/{id}/history", STAFF_COVERING_OR_OWN_AGENCY).param("id",
						"@appraiser"),
				registry("GET", "/api/registry/appraisers", SIGNED_IN),
				registry("POST", "/api/registry/appraisers", BUREAU_COVERING_AGENCY).json("{\"agencyId\":\"@agency\"}")
					.note("names the agency the appraiser will belong to, nothing else"),
				registry("GET", "/api/registry/agencies/{agencyId}/appraisers", STAFF_COVERING_OR_OWN_AGENCY)
					.param("agencyId", "@agency"),
				registry("GET", "/api/registry/agencies/{id}", STAFF_COVERING_OR_OWN_AGENCY).param("id", "@agency"),
				registry("PUT", "/api/registry/agencies/{id}", BUREAU_COVERING_AGENCY).param("id", "@agency"),
				registry("GET", "/api/registry/agencies/{id}/history", STAFF_COVERING_OR_OWN_AGENCY).param("id",
						"@agency"),
				registry("PUT", "/api/registry/agencies/{id}/party-building/{year}", BUREAU_COVERING_AGENCY)
					.param("id", "@agency")
					.param("year", "2024"),
				registry("GET", "/api/registry/agencies", SIGNED_IN),
				registry("POST", "/api/registry/agencies", BUREAU),
				registry("POST", "/api/registry/agencies/{id}/status", BUREAU_COVERING_AGENCY).param("id", "@agency"),
				registry("POST", "/api/registry/agencies/{id}/penalties", BUREAU_COVERING_AGENCY).param("id",
						"@agency"),
				registry("POST", "/api/registry/agencies/{id}/penalties/{penaltyId}/rectification",
						BUREAU_COVERING_AGENCY)
					.param("id", "@agency")
					.param("penaltyId", "matrix-no-such-penalty")
					.admitted(404)
					.note("no such penalty"),
				registry("GET", "/api/registry/agencies/{agencyId}/inspection-rectifications",
						STAFF_COVERING_OR_OWN_AGENCY)
					.param("agencyId", "@agency"),
				// the task's owner decides: inspection-service's organisers only, not the
				// county that covers the agency
				registry("PUT", "/api/registry/agencies/{agencyId}/inspection-rectifications/{taskId}/{itemId}",
						ORGANISER)
					.param("agencyId", "@agency")
					.param("taskId", "@task")
					.param("itemId", "1"),
				registry("POST", "/api/registry/imports/{kind}", BUREAU).param("kind", "agencies")
					.body(Body.MULTIPART_WITHOUT_FILE),
				registry("GET", "/api/registry/exports/{kind}", BUREAU).param("kind", "agencies"),
				registry("GET", "/api/registry/conflicts", ORGANISER).query("region=410700"),
				registry("POST", "/api/registry/conflicts", BUREAU),
				registry("POST", "/api/registry/conflicts/{id}/withdrawal", ORGANISER).param("id", "demo-coi-2")
					.note("demo-insp-02's recusal for demo-xx-02; a withdrawal without its reason is refused"),
				registry("GET", "/api/registry/regions", SIGNED_IN_OR_MINISTRY),
				registry("GET", "/api/registry/regions/{code}", SIGNED_IN_OR_MINISTRY).param("code", "410725"),
				registry("GET", "/api/registry/regions/{code}/children", SIGNED_IN_OR_MINISTRY).param("code", "410700"),
				registry("GET", "/api/registry/regions/{code}/ancestors", SIGNED_IN_OR_MINISTRY).param("code",
						"410725"),
				registry("GET", "/api/public/registry/regions", PUBLIC),
				registry("GET", "/api/public/registry/regions/{code}", PUBLIC).param("code", "410725"),
				registry("GET", "/api/public/registry/regions/{code}/children", PUBLIC).param("code", "410700"),
				registry("GET", "/api/public/registry/regions/{code}/ancestors", PUBLIC).param("code", "410725"),
				registry("GET", "/api/public/registry/agencies", PUBLIC),

				// inspection-service: the plan demo-xinxiang-2024 (410700) and its task
				// of demo-xx-02
				inspection("GET", "/api/inspections/plans", SIGNED_IN),
				inspection("POST", "/api/inspections/plans", PLAN_OWNER).json("{\"region\":\"410700\"}")
					.note("names the region the plan will belong to, nothing else"),
				inspection("GET", "/api/inspections/plans/{id}", PLAN_AREA).param("id", "@plan"),
				inspection("PUT", "/api/inspections/plans/{id}", PLAN_OWNER).param("id", "@plan"),
				inspection("PUT", "/api/inspections/plans/{id}/status", PLAN_OWNER).param("id", "@plan"),
				inspection("POST", "/api/inspections/plans/{id}/publish", PLAN_OWNER).param("id", "@plan")
					.body(Body.NONE)
					.admitted(409),
				inspection("POST", "/api/inspections/plans/{id}/draw", PLAN_OWNER).param("id", "@plan")
					.admitted(409)
					.note("already drawn"),
				inspection("GET", "/api/inspections/plans/{id}/draw", PLAN_OWNER).param("id", "@plan"),
				inspection("GET", "/api/inspections/plans/{id}/draw/identities", PLAN_OWNER_OR_DRAWN).param("id",
						"@plan"),
				inspection("POST", "/api/inspections/plans/{id}/draw/replacements", PLAN_OWNER).param("id", "@plan"),
				inspection("POST", "/api/inspections/plans/{id}/draw/commitment", PLAN_OWNER).param("id", "@plan")
					.body(Body.NONE)
					.admitted(409),
				inspection("GET", "/api/inspections/dashboard", ORGANISER_OR_MINISTRY).query("region=410700&year=2024"),
				inspection("GET", "/api/inspections/self-inspections/mine", ANY_AGENCY),
				inspection("GET", "/api/inspections/plans/{id}/publication-deadlines", PLAN_AREA).param("id", "@plan"),
				inspection("GET", "/api/inspections/plans/{planId}/summary.pdf", PLAN_OWNER).param("planId", "@plan"),
				inspection("GET", "/api/inspections/plans/{planId}/results.xlsx", PLAN_OWNER).param("planId", "@plan"),
				inspection("GET", "/api/inspections/plans/{planId}/rectifications", PLAN_OWNER).param("planId",
						"@plan"),
				inspection("GET", "/api/inspections/plans/{planId}/feedback", PLAN_OWNER).param("planId", "@plan"),
				inspection("GET", "/api/inspections/plans/{planId}/self-inspections", PLAN_OWNER).param("planId",
						"@plan"),
				inspection("POST", "/api/inspections/plans/{planId}/self-inspections", ANY_AGENCY).param("planId",
						"@plan"),
				inspection("GET", "/api/inspections/plans/{planId}/self-inspections/mine", ANY_AGENCY)
					.param("planId", "@plan")
					.admitted(404)
					.note("no report submitted"),
				inspection("GET", "/api/inspections/tasks", SIGNED_IN),
				inspection("GET", "/api/inspections/tasks/{id}", BUREAU_OR_TEAM_OR_OWN_AGENCY).param("id", "@task")
					.refused(404)
					.note("a task's existence is not disclosed"),
				inspection("GET", "/api/inspections/tasks/{id}/access", BUREAU_OR_TEAM_OR_OWN_AGENCY).param("id",
						"@task"),
				inspection("PUT", "/api/inspections/tasks/{id}/schedule", PLAN_OWNER).param("id", "@task"),
				inspection("POST", "/api/inspections/tasks/{id}/check-in", TEAM_OF_TASK).param("id", "@task")
					.admitted(409)
					.note("the task is closed"),
				inspection("POST", "/api/inspections/tasks/{id}/start-checking", TEAM_OF_TASK).param("id", "@task")
					.body(Body.NONE)
					.admitted(409),
				inspection("POST", "/api/inspections/tasks/{id}/findings-discussed", TEAM_OF_TASK).param("id", "@task"),
				inspection("GET", "/api/inspections/tasks/{id}/fact-sheet", BUREAU_OR_TEAM_OR_OWN_AGENCY).param("id",
						"@task"),
				inspection("GET", "/api/inspections/tasks/{id}/fact-sheet.pdf", BUREAU_OR_TEAM_OR_OWN_AGENCY)
					.param("id", "@task"),
				inspection("POST", "/api/inspections/tasks/{id}/fact-sheet", TEAM_OF_TASK).param("id", "@task"),
				inspection("POST", "/api/inspections/tasks/{id}/fact-sheet/refusal", TEAM_OF_TASK).param("id", "@task"),
				inspection("POST", "/api/inspections/tasks/{id}/fact-sheet/confirmation", AGENCY_OWN_ONLY).param("id",
						"@task"),
				inspection("POST", "/api/inspections/tasks/{id}/close", ORGANISER_OR_TEAM).param("id", "@task")
					.admitted(409)
					.note("the task is closed"),
				inspection("GET", "/api/inspections/tasks/{id}/dossier", BUREAU_OR_TEAM_OR_OWN_AGENCY)
					.param("id", "@task")
					.refused(404)
					.note("a task's existence is not disclosed"),
				inspection("GET", "/api/inspections/tasks/{id}/dossier/verification", BUREAU_OR_TEAM_OR_OWN_AGENCY)
					.param("id", "@task")
					.admitted(404)
					.refused(404)
					.note("no sample drawn; a task's existence is not disclosed"),
				inspection("POST", "/api/inspections/tasks/{id}/dossier/registers/{kind}", TEAM_OF_TASK)
					.param("id", "@task")
					.param("kind", "COMMISSION")
					.body(Body.MULTIPART_WITHOUT_FILE),
				inspection("POST", "/api/inspections/tasks/{id}/dossier/draw", TEAM_OF_TASK).param("id", "@task")
					.admitted(409)
					.note("the task is closed"),
				inspection("POST", "/api/inspections/tasks/{id}/dossier/commitment", TEAM_OF_TASK).param("id", "@task")
					.admitted(409)
					.note("the task is closed"),
				inspection("PUT", "/api/inspections/tasks/{id}/dossier/files/{caseNumber}/review", TEAM_OF_TASK)
					.param("id", "@task")
					.param("caseNumber", "matrix-no-such-case"),
				inspection("GET", "/api/inspections/tasks/{id}/conclusion", BUREAU_OR_TEAM).param("id", "@task")
					.refused(404)
					.except(Column.AGENCY_OWN, 403)
					.note("the agency learns its result when published"),
				inspection("PUT", "/api/inspections/tasks/{id}/conclusion", PLAN_OWNER).param("id", "@task"),
				inspection("GET", "/api/inspections/tasks/{id}/rectifications", BUREAU_OR_TEAM_OR_OWN_AGENCY)
					.param("id", "@task")
					.admitted(404)
					.note("no rectification set"),
				inspection("POST", "/api/inspections/tasks/{id}/rectifications", PLAN_OWNER).param("id", "@task"),
				inspection("POST", "/api/inspections/tasks/{id}/rectifications/{itemId}/review", PLAN_OWNER)
					.param("id", "@task")
					.param("itemId", "1"),
				inspection("POST", "/api/inspections/tasks/{id}/rectifications/{itemId}/response", AGENCY_OWN_ONLY)
					.param("id", "@task")
					.param("itemId", "1"),
				inspection("GET", "/api/inspections/tasks/{id}/feedback", PLAN_OWNER_OR_OWN_AGENCY).param("id", "@task")
					.admitted(404)
					.note("no feedback filed"),
				inspection("POST", "/api/inspections/tasks/{id}/feedback", AGENCY_OWN_ONLY).param("id", "@task"),
				inspection("GET", "/api/inspections/tasks/{id}/feedback.pdf", PLAN_OWNER_OR_OWN_AGENCY)
					.param("id", "@task")
					.admitted(404)
					.note("no feedback filed"),
				inspection("POST", "/api/inspections/tasks/{id}/publication", PLAN_OWNER).param("id", "@task"),
				inspection("GET", "/api/inspections/reviews", CITY_OR_PROVINCE),
				inspection("POST", "/api/inspections/reviews/{taskId}/decision", PROVINCE_COVERING).param("taskId",
						"@task"),
				inspection("GET", "/api/inspections/audit", CITY_OR_PROVINCE),
				inspection("GET", "/api/inspections/audit/verification", CITY_OR_PROVINCE),
				inspection("GET", "/api/public/inspections/plans", PUBLIC),
				inspection("GET", "/api/public/inspections/plans/{id}", PUBLIC).param("id", "@plan"),
				inspection("GET", "/api/public/inspections/plans/{id}/draw", PUBLIC).param("id", "@plan"),
				inspection("GET", "/api/public/inspections/plans/{id}/draw/verification", PUBLIC).param("id", "@plan"),
				inspection("GET", "/api/public/inspections/results", PUBLIC),

				// scoring-service: the task's official sheet, the 新乡 checklist
				scoring("GET", "/api/scoring/templates", SIGNED_IN),
				scoring("POST", "/api/scoring/templates", CITY_OR_PROVINCE),
				scoring("GET", "/api/scoring/templates/{templateId}", SIGNED_IN).param("templateId", "@template"),
				scoring("GET", "/api/scoring/templates/{templateId}/versions", SIGNED_IN).param("templateId",
						"@template"),
				scoring("POST", "/api/scoring/templates/{templateId}/versions", ORGANISER).param("templateId",
						"@template"),
				scoring("GET", "/api/scoring/templates/{templateId}/versions/{version}", SIGNED_IN)
					.param("templateId", "@template")
					.param("version", "@templateVersion"),
				scoring("PUT", "/api/scoring/templates/{templateId}/versions/{version}", ORGANISER)
					.param("templateId", "@template")
					.param("version", "@templateVersion"),
				scoring("POST", "/api/scoring/templates/{templateId}/versions/{version}/evaluations", SIGNED_IN)
					.param("templateId", "@template")
					.param("version", "@templateVersion"),
				scoring("GET", "/api/scoring/sheets", SIGNED_IN_BUT_OTHER_TEAMS).query("inspectionId=@task"),
				scoring("POST", "/api/scoring/sheets", TEAM_OF_TASK).json("{\"inspectionId\":\"@task\",\"year\":1}")
					.note("names the task the sheet will belong to, and a year out of range"),
				scoring("GET", "/api/scoring/sheets/{sheetId}", BUREAU_OR_TEAM_OR_OWN_AGENCY).param("sheetId",
						"@sheet"),
				scoring("GET", "/api/scoring/sheets/{sheetId}/result", BUREAU_OR_TEAM_OR_OWN_AGENCY).param("sheetId",
						"@sheet"),
				scoring("GET", "/api/scoring/sheets/{sheetId}/history", BUREAU_OR_TEAM).param("sheetId", "@sheet"),
				scoring("PUT", "/api/scoring/sheets/{sheetId}/items/{itemId}", TEAM_OF_TASK).param("sheetId", "@sheet")
					.param("itemId", "@item"),
				scoring("PUT", "/api/scoring/sheets/{sheetId}/header", TEAM_OF_TASK).param("sheetId", "@sheet"),
				scoring("POST", "/api/scoring/sheets/{sheetId}/submit", TEAM_OF_TASK).param("sheetId", "@sheet")
					.admitted(409)
					.note("already submitted"),
				scoring("GET", "/api/scoring/inspections/{inspectionId}/reconciliation", BUREAU_OR_TEAM)
					.param("inspectionId", "@task")
					.admitted(404)
					.note("no independent sheets"),
				scoring("GET", "/api/scoring/dashboard", BUREAU_OR_MINISTRY),
				scoring("GET", "/api/public/scoring/templates", PUBLIC),
				scoring("GET", "/api/public/scoring/templates/{templateId}", PUBLIC).param("templateId", "@template"),
				scoring("GET", "/api/public/scoring/templates/{templateId}/versions/{version}", PUBLIC)
					.param("templateId", "@template")
					.param("version", "@templateVersion"),

				// evidence-service: the task's evidence
				evidence("GET", "/api/evidence/inspections/{inspectionId}", BUREAU_OR_TEAM_OR_OWN_AGENCY)
					.param("inspectionId", "@task"),
				evidence("POST", "/api/evidence/inspections/{inspectionId}/files", TEAM_OR_OWN_AGENCY)
					.param("inspectionId", "@task")
					.body(Body.MULTIPART_WITHOUT_FILE),
				evidence("PUT", "/api/evidence/inspections/{inspectionId}/files/{fileName}", TEAM_OR_OWN_AGENCY)
					.param("inspectionId", "@task")
					.param("fileName", "matrix.jpg")
					.body(Body.EMPTY_OCTETS),
				evidence("POST", "/api/evidence/inspections/{inspectionId}/close", ORGANISER_OR_TEAM)
					.param("inspectionId", "@task")
					.admitted(200)
					.note("already closed: answers the seal again"),
				evidence("GET", "/api/evidence/inspections/{inspectionId}/verification", BUREAU_OR_TEAM_OR_OWN_AGENCY)
					.param("inspectionId", "@task"),
				evidence("GET", "/api/evidence/inspections/{inspectionId}/export", BUREAU_OR_TEAM_OR_OWN_AGENCY)
					.param("inspectionId", "@task"),
				evidence("GET", "/api/evidence/inspections/{inspectionId}/events", BUREAU_OR_TEAM_OR_OWN_AGENCY)
					.param("inspectionId", "@task"),
				evidence("GET", "/api/evidence/{id}", BUREAU_OR_TEAM_OR_OWN_AGENCY).param("id", "@evidence"),
				evidence("GET", "/api/evidence/{id}/thumbnail", BUREAU_OR_TEAM_OR_OWN_AGENCY).param("id", "@evidence"),
				evidence("GET", "/api/evidence/{id}/download-url", BUREAU_OR_TEAM_OR_OWN_AGENCY).param("id",
						"@evidence"),
				evidence("GET", "/api/evidence/{id}/content", BUREAU_OR_TEAM_OR_OWN_AGENCY).param("id", "@evidence"),
				evidence("POST", "/api/evidence/{id}/withdrawal", BUREAU_COVERING_AGENCY).param("id", "@evidence")
					.note("the task is closed: its team may no longer withdraw"),
				evidence("POST", "/api/evidence/reconciliation", CITY_OR_PROVINCE).body(Body.NONE)
					.admitted(200)
					.note("writes only the reconciliation report"),
				evidence("GET", "/api/evidence/reconciliation/latest", CITY_OR_PROVINCE));
	}

	private static Row registry(String method, String path, Door door) {
		return Row.of(REGISTRY, method, path, door);
	}

	private static Row inspection(String method, String path, Door door) {
		return Row.of(INSPECTION, method, path, door);
	}

	private static Row scoring(String method, String path, Door door) {
		return Row.of(SCORING, method, path, door);
	}

	private static Row evidence(String method, String path, Door door) {
		return Row.of(EVIDENCE, method, path, door);
	}

}
