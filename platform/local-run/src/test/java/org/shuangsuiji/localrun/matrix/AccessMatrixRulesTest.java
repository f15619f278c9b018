package org.shuangsuiji.localrun.matrix;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AccessMatrixRulesTest {

	@Test
	void theOrganisersDoorAdmitsTheCityAndProvinceOfThePlanAndNobodyElse() {
		Row row = Row.of(AccessRows.INSPECTION, "GET", "/api/inspections/plans/{id}", Door.ORGANISER);
		assertThat(row.expected(Column.CITY_IN)).isEqualTo(200);
		assertThat(row.expected(Column.PROVINCE_IN)).isEqualTo(200);
		assertThat(row.expected(Column.CITY_OUT)).isEqualTo(403);
		assertThat(row.expected(Column.COUNTY_IN)).isEqualTo(403);
		assertThat(row.expected(Column.INSPECTOR_ON)).isEqualTo(403);
		assertThat(row.expected(Column.AGENCY_OWN)).isEqualTo(403);
		assertThat(row.expected(Column.ANONYMOUS)).isEqualTo(401);
	}

	@Test
	void aWriteExpectsTheAdmittedCallersBodyToBeRefusedAndTheOthersToBeStoppedAtTheDoor() {
		Row row = Row.of(AccessRows.INSPECTION, "POST", "/api/inspections/tasks/{id}/check-in", Door.TEAM_OF_TASK);
		assertThat(row.body()).isEqualTo(Row.Body.EMPTY_JSON);
		assertThat(row.expected(Column.INSPECTOR_ON)).isEqualTo(400);
		assertThat(row.expected(Column.INSPECTOR_OFF)).isEqualTo(403);
		assertThat(row.expected(Column.ANONYMOUS)).isEqualTo(401);
	}

	@Test
	void aRowsRefusalStatusAppliesToSignedInCallersButAnonymousOnesStay401() {
		Row row = Row.of(AccessRows.INSPECTION, "GET", "/api/inspections/tasks/{id}", Door.AGENCY_OWN_ONLY)
			.refused(404);
		assertThat(row.expected(Column.AGENCY_OTHER)).isEqualTo(404);
		assertThat(row.expected(Column.ANONYMOUS)).isEqualTo(401);
		assertThat(row.expected(Column.AGENCY_OWN)).isEqualTo(200);
	}

	@Test
	void aDoorNamedInTheBodyIsProbedWithABodyCarryingJustItsRecord() {
		Row row = Row.of(AccessRows.SCORING, "POST", "/api/scoring/sheets", Door.TEAM_OF_TASK)
			.json("{\"inspectionId\":\"@task\",\"year\":1}");
		Targets targets = new Targets();
		targets.put("task", "demo-xinxiang-2024:demo-xx-02");
		assertThat(row.body()).isEqualTo(Row.Body.JSON);
		assertThat(row.payload(targets)).isEqualTo("{\"inspectionId\":\"demo-xinxiang-2024:demo-xx-02\",\"year\":1}");
		assertThat(row.expected(Column.INSPECTOR_ON)).isEqualTo(400);
		assertThat(row.expected(Column.INSPECTOR_OFF)).isEqualTo(403);
	}

	@Test
	void noRowExpectsItsBodyToBeCheckedBeforeItsDoor() {
		for (Row row : AccessRows.all()) {
			if (!"GET".equals(row.method()) && row.admitted() == 400) {
				assertThat(row.refused()).as(row.operation()).isNotEqualTo(400);
				assertThat(row.except()).as(row.operation()).doesNotContainValue(400);
			}
		}
	}

	@Test
	void aRefusedCallerMayBeGivenItsOwnStatusButAnAdmittedOneKeepsTheRows() {
		Row row = Row.of(AccessRows.INSPECTION, "GET", "/api/inspections/tasks/{id}/conclusion", Door.BUREAU_OR_TEAM)
			.refused(404)
			.except(Column.AGENCY_OWN, 403);
		assertThat(row.expected(Column.AGENCY_OWN)).isEqualTo(403);
		assertThat(row.expected(Column.AGENCY_OTHER)).isEqualTo(404);
		assertThat(row.expected(Column.COUNTY_IN)).isEqualTo(200);
	}

	@Test
	void thePublicDoorAdmitsAnonymousCallers() {
		Row row = Row.of(AccessRows.INSPECTION, "GET", "/api/public/inspections/plans", Door.PUBLIC);
		for (Column column : Column.values()) {
			assertThat(row.expected(column)).as(column.name()).isEqualTo(200);
		}
	}

	@Test
	void theMinistryPassesOnlyTheDashboardsTheRegionTreeAndPublicReads() {
		List<Row> admitting = AccessRows.all()
			.stream()
			.filter((row) -> row.expected(Column.MINISTRY) != 403)
			.filter((row) -> row.door() != Door.PUBLIC)
			.toList();
		assertThat(admitting).extracting(Row::operation)
			.containsExactlyInAnyOrder("GET /api/inspections/dashboard", "GET /api/scoring/dashboard",
					"GET /api/registry/regions", "GET /api/registry/regions/{code}",
					"GET /api/registry/regions/{code}/children", "GET /api/registry/regions/{code}/ancestors");
		assertThat(AccessRows.all()).filteredOn((row) -> !row.method().equals("GET"))
			.allSatisfy((row) -> assertThat(row.expected(Column.MINISTRY)).as(row.operation()).isEqualTo(403));
	}

	@Test
	void theMinistryIsRefusedWith403EvenWhereOthersAreToldNotFound() {
		Row row = Row.of(AccessRows.REGISTRY, "GET", "/api/registry/agencies/{id}", Door.AGENCY_OWN_ONLY).refused(404);
		assertThat(row.expected(Column.AGENCY_OTHER)).isEqualTo(404);
		assertThat(row.expected(Column.MINISTRY)).isEqualTo(403);
	}

	@Test
	void anOperationOfADocumentWithoutARowFailsTheMatrix() {
		Map<String, Set<String>> documented = Map.of(AccessRows.SCORING,
				Set.of("GET /api/scoring/templates", "DELETE /api/scoring/templates/{templateId}"));
		List<Row> rows = List.of(Row.of(AccessRows.SCORING, "GET", "/api/scoring/templates", Door.SIGNED_IN));
		assertThat(AccessMatrix.coverageProblems(documented, rows)).containsExactly(
				"scoring-service DELETE /api/scoring/templates/{templateId} is in the OpenAPI document but has no row in the access matrix");
	}

	@Test
	void aRowWhoseOperationLeftTheDocumentFailsTheMatrix() {
		Map<String, Set<String>> documented = Map.of(AccessRows.SCORING, Set.of());
		List<Row> rows = List.of(Row.of(AccessRows.SCORING, "GET", "/api/scoring/templates", Door.SIGNED_IN));
		assertThat(AccessMatrix.coverageProblems(documented, rows))
			.containsExactly("scoring-service GET /api/scoring/templates has a row but is not in the OpenAPI document");
	}

	@Test
	void theOperationsOfADocumentAreItsMethodsAndPathsWithoutSpringdocsErrorPath() {
		String document = """
				{"paths": {"/api/a/{id}": {"get": {}, "put": {}, "parameters": []},
				 "/error": {"get": {}, "post": {}}}}""";
		assertThat(AccessMatrix.operations(JsonMapper.builder().build().readTree(document)))
			.containsExactly("GET /api/a/{id}", "PUT /api/a/{id}");
	}

	@Test
	void everyRowIsTheOnlyOneOfItsOperationAndFillsEveryPathParameter() {
		Map<String, Set<String>> documented = new LinkedHashMap<>();
		for (Row row : AccessRows.all()) {
			documented.computeIfAbsent(row.service(), (s) -> new LinkedHashSet<>()).add(row.operation());
		}
		assertThat(AccessMatrix.coverageProblems(documented, AccessRows.all())).isEmpty();
		Targets targets = new Targets();
		for (String key : List.of("plan", "task", "agency", "inspector", "template", "templateVersion", "appraiser",
				"sheet", "item", "evidence")) {
			targets.put(key, "x:" + key);
		}
		for (Row row : AccessRows.all()) {
			assertThat(row.target(targets)).as(row.operation()).doesNotContain("{", "}", "@");
		}
	}

	@Test
	void aRowWithoutAValueForAPathParameterSaysWhich() {
		Row row = Row.of(AccessRows.EVIDENCE, "GET", "/api/evidence/{id}", Door.TEAM_OF_TASK);
		assertThatIllegalStateException().isThrownBy(() -> row.target(new Targets())).withMessageContaining("{id}");
	}

}
