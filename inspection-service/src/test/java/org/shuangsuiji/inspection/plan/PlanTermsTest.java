package org.shuangsuiji.inspection.plan;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.InvalidInputException.FieldError;
import org.shuangsuiji.platform.region.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.shuangsuiji.inspection.plan.PlanFixtures.XINXIANG;
import static org.shuangsuiji.inspection.plan.PlanFixtures.YUANYANG;

class PlanTermsTest {

	@Test
	void acceptsTheXinxiang2024Plan() {
		PlanTerms terms = PlanFixtures.xinxiang2024();
		assertThat(terms.scope().allCategoriesInScope()).isTrue();
		assertThat(terms.weightOf("any")).isEqualTo(1);
	}

	@Test
	void namesEveryFieldAtFault() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new PlanTerms(2024, " ", YUANYANG,
					new Period(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 3)), PlanScope.allCategories(XINXIANG),
					null, null, List.of(), null, null, LocalDate.of(2025, 7, 1), ""))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldError::field)
				.contains("title", "region", "period.end", "period.start", "dossierWindowStart", "scope.region",
						"sampling", "teamRules", "template", "selfInspectionDue", "legalBasis"));
	}

	@Test
	void refusesAScopeOutsideTheOrganisingRegion() {
		PlanTerms base = PlanFixtures.xinxiang2024();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new PlanTerms(base.year(), base.title(), base.region(), base.period(),
					PlanScope.allCategories(RegionCode.of("410100")), base.sampling(), base.teamRules(), base.weights(),
					base.template(), base.selfInspectionDue(), base.dossierWindowStart(), base.legalBasis()))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("scope.region"));
	}

	@Test
	void refusesTwoWeightsForOneAgency() {
		PlanTerms base = PlanFixtures.xinxiang2024();
		List<AgencyWeight> weights = List.of(new AgencyWeight("a1", 3, "投诉 2023"), new AgencyWeight("a1", 2, "整改未完成"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new PlanTerms(base.year(), base.title(), base.region(), base.period(), base.scope(),
					base.sampling(), base.teamRules(), weights, base.template(), base.selfInspectionDue(),
					base.dossierWindowStart(), base.legalBasis()))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldError::field)
				.containsExactly("weights[1].agencyId"));
	}

	@Test
	void weightsNeedAReasonAndStayWithinBounds() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new AgencyWeight("a1", 3, " "));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new AgencyWeight("a1", 1, "no raise"));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new AgencyWeight("a1", AgencyWeight.MAX_WEIGHT + 1, "too much"));
	}

	@Test
	void teamsNeedAtLeastTwoInspectors() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new TeamRules(1, false, false, false, null));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new TeamRules(2, false, false, false, 0));
	}

}
