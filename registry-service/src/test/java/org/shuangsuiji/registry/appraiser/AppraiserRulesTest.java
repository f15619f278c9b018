package org.shuangsuiji.registry.appraiser;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.registry.agency.Agency;
import org.shuangsuiji.registry.agency.AgencyFixtures;
import org.shuangsuiji.registry.input.Problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppraiserRulesTest {

	private static final LocalDate TODAY = AgencyFixtures.TODAY;

	private final Agency clinical = Agency.register("a-1", AgencyFixtures.aWellRunClinicalAgency(), null);

	private static Appraiser activeAt(String agencyId) {
		return new Appraiser("p-1", "赵六", "410000000123", null, agencyId, RegionCode.of("410702"),
				Set.of(BusinessCategory.FORENSIC_CLINICAL), List.of(), AppraiserStatus.ACTIVE, 0L);
	}

	@Test
	void refusesAnAppraiserStillActiveAtAnotherAgency() {
		assertThatThrownBy(() -> AppraiserRules.requireSinglePractice(Optional.of(activeAt("a-2")), "a-1", "甲所", "乙所"))
			.isInstanceOfSatisfying(ConflictException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(409);
				assertThat(ex.type()).isEqualTo("appraiser-active-elsewhere");
				assertThat(ex.detail()).contains("still active at 乙所");
			});
	}

	@Test
	void letsAnAppraiserMoveOnceTheyLeftAndStayWhereTheyAre() {
		Appraiser left = new Appraiser("p-1", "赵六", "410000000123", null, "a-2", RegionCode.of("410702"),
				Set.of(BusinessCategory.FORENSIC_CLINICAL), List.of(), AppraiserStatus.LEFT, 0L);
		assertThatNoException()
			.isThrownBy(() -> AppraiserRules.requireSinglePractice(Optional.of(left), "a-1", "甲所", "乙所"));
		assertThatNoException()
			.isThrownBy(() -> AppraiserRules.requireSinglePractice(Optional.of(activeAt("a-1")), "a-1", "甲所", "甲所"));
	}

	@Test
	void keepsCategoriesWithinTheAgencysScope() {
		Problems problems = new Problems();
		AppraiserRules.appraiser("p-1",
				new AppraiserInput("赵六", "410000000123", null, "a-1", List.of("法医毒物"), List.of(), null), this.clinical,
				null, TODAY, problems);
		assertThat(problems.all()).singleElement()
			.satisfies((p) -> assertThat(p.slug()).isEqualTo("category-outside-agency-scope"));
	}

	@Test
	void judgesTrainingOnTheLastCompleteYear() {
		Appraiser diligent = new Appraiser("p-1", "赵六", "C-1", LocalDate.of(2010, 1, 1), "a-1", RegionCode.of("410702"),
				Set.of(), List.of(new TrainingYear(2024, 40)), AppraiserStatus.ACTIVE, 0L);
		Appraiser short_ = new Appraiser("p-2", "钱七", "C-2", LocalDate.of(2010, 1, 1), "a-1", RegionCode.of("410702"),
				Set.of(), List.of(new TrainingYear(2024, 39), new TrainingYear(2025, 80)), AppraiserStatus.ACTIVE, 0L);
		Appraiser newcomer = new Appraiser("p-3", "孙八", "C-3", LocalDate.of(2025, 3, 1), "a-1", RegionCode.of("410702"),
				Set.of(), List.of(), AppraiserStatus.ACTIVE, 0L);
		assertThat(diligent.trainingShort(TODAY)).isFalse();
		assertThat(short_.trainingShort(TODAY)).isTrue();
		assertThat(newcomer.trainingShort(TODAY)).isFalse();
		assertThat(Staffing.of(List.of(diligent, short_, newcomer), TODAY).trainingShort()).isEqualTo(1);
	}

	@Test
	void countsOnlyActiveAppraisersPerCategory() {
		Appraiser left = new Appraiser("p-9", "周九", "C-9", null, "a-1", RegionCode.of("410702"),
				Set.of(BusinessCategory.FORENSIC_CLINICAL), List.of(), AppraiserStatus.LEFT, 0L);
		var summary = Staffing.of(List.of(activeAt("a-1"), left), TODAY);
		assertThat(summary.active()).isEqualTo(1);
		assertThat(summary.inCategory(BusinessCategory.FORENSIC_CLINICAL)).isEqualTo(1);
	}

	@Test
	void refusesTrainingYearsInTheFutureOrTwice() {
		Problems problems = new Problems();
		AppraiserRules.appraiser("p-1",
				new AppraiserInput("赵六", "410000000123", null, "a-1", List.of("法医临床"),
						List.of(new TrainingYear(2026, 40), new TrainingYear(2026, 10)), null),
				this.clinical, null, TODAY, problems);
		assertThat(problems.all()).extracting(Problems.Problem::field)
			.containsExactly("training[0].year", "training[1].year", "training[1].year");
	}

}
