package org.shuangsuiji.inspection.registry.client;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;

import org.shuangsuiji.inspection.draw.PersonAgency;
import org.shuangsuiji.inspection.draw.PersonKind;
import org.shuangsuiji.inspection.draw.PoolAgency;
import org.shuangsuiji.inspection.draw.PoolInspector;
import org.shuangsuiji.inspection.draw.RegistryPool;
import org.shuangsuiji.inspection.draw.RegistryPoolReader;
import org.shuangsuiji.inspection.plan.TemplateCheck;
import org.shuangsuiji.inspection.plan.TemplateRef;
import org.shuangsuiji.inspection.support.ApiTestSupport;
import org.shuangsuiji.inspection.support.StubServices;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.problem.DependencyUnavailableException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.region.RegionCode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * This service's reading of the registry-service and scoring-service contracts, against
 * stubs that answer in exactly the contracted JSON shapes ({@link StubServices}).
 */
class RegistryContractTests extends ApiTestSupport {

	@Autowired
	private RegistryPoolReader registry;

	@Autowired
	private TemplateCheck templates;

	@Test
	void readsThePoolsOfTheContractKeepingOnlyActiveRecordsOfTheScope() {
		RegistryPool pool = this.registry.read(RegionCode.of("410700"), List.of(), RegionCode.of("410700"));
		assertThat(pool.agencies()).hasSize(12).extracting(PoolAgency::id).doesNotContain("ag-suspended");
		PoolAgency third = pool.agencies().stream().filter((a) -> a.id().equals("ag-03")).findFirst().orElseThrow();
		assertThat(third.categories()).containsExactly(BusinessCategory.DOCUMENT, BusinessCategory.FORENSIC_CLINICAL);
		assertThat(third.creditCode()).isEqualTo("52410700MJ0000003X");
		assertThat(pool.inspectors()).extracting(PoolInspector::id).contains("in-nocert").doesNotContain("in-retired");
		assertThat(pool.inspectors()).filteredOn((p) -> p.id().equals("in-nocert"))
			.singleElement()
			.satisfies((p) -> assertThat(p.certified()).isFalse());
		assertThat(pool.experts()).hasSize(3);
		assertThat(pool.conflicts()).containsExactlyInAnyOrder(new PersonAgency(PersonKind.INSPECTOR, "in-01", "ag-01"),
				new PersonAgency(PersonKind.EXPERT, "ex-01", "ag-02"));
	}

	@Test
	void sendsTheCategoriesAsRepeatedParameters() {
		StubServices.registry()
			.stubFor(WireMock.get(urlPathEqualTo("/api/registry/pools/agencies"))
				.withQueryParam("region", equalTo("410725"))
				.willReturn(okJson("[]")));
		this.registry.read(RegionCode.of("410725"),
				List.of(BusinessCategory.DOCUMENT, BusinessCategory.FORENSIC_CLINICAL), RegionCode.of("410700"));
		StubServices.registry()
			.verify(getRequestedFor(urlPathEqualTo("/api/registry/pools/agencies"))
				.withQueryParam("region", equalTo("410725"))
				.withQueryParam("category", havingExactly("DOCUMENT", "FORENSIC_CLINICAL")));
	}

	@Test
	void leavesOutAgenciesOutsideTheScopeEvenIfListed() {
		StubServices.registry()
			.stubFor(WireMock.get(urlPathEqualTo("/api/registry/pools/agencies"))
				.withQueryParam("region", equalTo("410725"))
				.willReturn(okJson(StubServices.json(List.of(Map.of("id", "x", "name", "外县机构", "creditCode", "",
						"regionCode", "410726", "categories", List.of("TRACE"), "status", "ACTIVE", "extra", 1))))));
		assertThat(this.registry.read(RegionCode.of("410725"), List.of(), RegionCode.of("410700")).agencies())
			.isEmpty();
	}

	@Test
	void aRecordThatBreaksTheContractIsA503NotAGuess() {
		StubServices.registry()
			.stubFor(WireMock.get(urlPathEqualTo("/api/registry/pools/experts"))
				.withQueryParam("region", equalTo("410700"))
				.willReturn(okJson(StubServices.json(List.of(Map.of("id", "ex-x", "name", "?", "specialities",
						List.of("ASTROLOGY"), "regionCode", "410700", "active", true))))));
		assertThatExceptionOfType(DependencyUnavailableException.class)
			.isThrownBy(() -> this.registry.read(RegionCode.of("410700"), List.of(), RegionCode.of("410700")))
			.withMessageContaining("ASTROLOGY");
	}

	@Test
	void relaysTheCallersTokenToTheRegistry() {
		String id = publishedPlan(Map.of("mode", "ALL"), twoInspectors());
		body(http(city()).post("/api/inspections/plans/" + id + "/draw/commitment"), 201);
		StubServices.registry()
			.verify(getRequestedFor(urlPathEqualTo("/api/registry/pools/inspectors")).withHeader("Authorization",
					matching("Bearer .+")));
		StubServices.scoring()
			.verify(getRequestedFor(urlPathEqualTo("/api/scoring/templates/xinxiang-2024-checklist/versions/1"))
				.withHeader("Authorization", matching("Bearer .+")));
	}

	@Test
	void checksTemplateVersionsAgainstScoringService() {
		assertThat(this.templates.requireExists(new TemplateRef("xinxiang-2024-checklist", 1))).contains("监督检查表");
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.templates.requireExists(new TemplateRef("missing", 3)))
			.satisfies((ex) -> assertThat(ex.type()).isEqualTo("template-not-found"));
		StubServices.scoringDown();
		assertThatExceptionOfType(DependencyUnavailableException.class)
			.isThrownBy(() -> this.templates.requireExists(new TemplateRef("xinxiang-2024-checklist", 1)));
	}

}
