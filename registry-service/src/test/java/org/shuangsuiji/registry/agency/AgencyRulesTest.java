package org.shuangsuiji.registry.agency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.RuleViolationException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;
import org.shuangsuiji.registry.input.Problems;
import org.shuangsuiji.registry.region.RegionTree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shuangsuiji.registry.agency.AgencyFixtures.TODAY;

class AgencyRulesTest {

	private final RegionTree tree = RegionTree.shipped();

	private static AgencyInput input(String creditCode, String region, List<String> categories, Licence licence) {
		return new AgencyInput("示例司法鉴定中心", creditCode, region, "地址", "法人", "联系人", "0373-1234567", categories, licence,
				List.of(), new Premises(new BigDecimal("90"), Set.of()), List.of(), null);
	}

	private static final String VALID = CreditCode.withCheckCharacter("52410725MJ0000002").value();

	@Test
	void acceptsAWellFormedAgency() {
		Problems problems = new Problems();
		assertThat(AgencyRules.profile(input(VALID, "410725", List.of("法医临床", "FORENSIC_PATHOLOGY"), null), this.tree,
				problems))
			.hasValueSatisfying((profile) -> assertThat(profile.categories()).hasSize(2));
		assertThat(problems.isEmpty()).isTrue();
	}

	@Test
	void aMalformedCreditCodeIsA400NamingTheField() {
		Problems problems = new Problems();
		String wrong = VALID.substring(0, 17) + (VALID.endsWith("0") ? "1" : "0");
		AgencyRules.profile(input(wrong, "410725", List.of("法医临床"), null), this.tree, problems);
		assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
			assertThat(ex.type()).isEqualTo("credit-code-invalid");
			assertThat(ex.errors()).singleElement().satisfies((e) -> {
				assertThat(e.field()).isEqualTo("creditCode");
				assertThat(e.message()).contains("should be " + VALID.charAt(17));
			});
		});
	}

	@Test
	void anUnknownRegionOrCategoryIsA422() {
		Problems problems = new Problems();
		AgencyRules.profile(input(VALID, "410799", List.of("算命"), null), this.tree, problems);
		assertThat(problems.all()).extracting(Problems.Problem::field).containsExactly("regionCode", "categories[0]");
		assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(RuleViolationException.class, (ex) -> {
			assertThat(ex.status()).isEqualTo(422);
			assertThat(ex.type()).isEqualTo("region-unknown");
		});
	}

	@Test
	void aCityIsNotWhereAnAgencyIsRegistered() {
		Problems problems = new Problems();
		AgencyRules.profile(input(VALID, "410700", List.of("法医临床"), null), this.tree, problems);
		assertThat(problems.all()).extracting(Problems.Problem::slug).containsExactly("region-not-county");
	}

	@Test
	void licenceDatesOutOfOrderAreA422() {
		Problems problems = new Problems();
		AgencyRules.profile(
				input(VALID, "410725", List.of("法医临床"),
						new Licence("L-1", "河南省司法厅", LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31))),
				this.tree, problems);
		assertThat(problems.all()).singleElement().satisfies((p) -> {
			assertThat(p.slug()).isEqualTo("dates-out-of-order");
			assertThat(p.field()).isEqualTo("licence.validUntil");
			assertThat(p.rule()).isTrue();
		});
	}

	@Test
	void statusChangesNeedAReasonAndKeepTheirHistory() {
		Caller bureau = new Caller("u-1", "王科长", Set.of(Role.CITY), RegionCode.of("410700"), null);
		Agency agency = Agency.register("a-1", AgencyFixtures.aWellRunClinicalAgency(), null);
		Agency suspended = agency.changeStatus(AgencyStatus.SUSPENDED, "场所不足70平方米, 暂停执业整改", TODAY, bureau,
				java.time.Instant.EPOCH);
		assertThat(suspended.status()).isEqualTo(AgencyStatus.SUSPENDED);
		assertThat(suspended.statusHistory()).singleElement().satisfies((change) -> {
			assertThat(change.from()).isEqualTo(AgencyStatus.ACTIVE);
			assertThat(change.byName()).isEqualTo("王科长");
		});
		assertThatThrownBy(
				() -> suspended.changeStatus(AgencyStatus.ACTIVE, " ", TODAY, bureau, java.time.Instant.EPOCH))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> suspended.changeStatus(AgencyStatus.ACTIVE, "整改完成", TODAY.minusDays(1), bureau,
				java.time.Instant.EPOCH))
			.isInstanceOfSatisfying(RuleViolationException.class,
					(ex) -> assertThat(ex.type()).isEqualTo("dates-out-of-order"));
		Agency cancelled = suspended.changeStatus(AgencyStatus.CANCELLED, "注销", TODAY, bureau, java.time.Instant.EPOCH);
		assertThatThrownBy(
				() -> cancelled.changeStatus(AgencyStatus.ACTIVE, "恢复", TODAY, bureau, java.time.Instant.EPOCH))
			.isInstanceOfSatisfying(RuleViolationException.class,
					(ex) -> assertThat(ex.type()).isEqualTo("status-final"));
	}

	@Test
	void penaltiesKeepTheirDatesInOrder() {
		Agency agency = Agency.register("a-1", AgencyFixtures.aWellRunClinicalAgency(), null);
		Penalty penalty = new Penalty("p-1", Penalty.Kind.ADMINISTRATIVE_PENALTY, LocalDate.of(2023, 5, 1), "新乡市司法局",
				"新司罚〔2023〕1号", "超范围鉴定", LocalDate.of(2023, 6, 1), null, null);
		Agency penalised = agency.addPenalty(penalty, TODAY);
		assertThat(penalised.penalties()).singleElement().satisfies((p) -> assertThat(p.open()).isTrue());
		assertThat(penalised.rectify("p-1", LocalDate.of(2023, 5, 30), "已整改", TODAY).penalties().get(0).open())
			.isFalse();
		assertThatThrownBy(() -> penalised.rectify("p-1", LocalDate.of(2023, 4, 30), "已整改", TODAY))
			.isInstanceOfSatisfying(RuleViolationException.class,
					(ex) -> assertThat(ex.type()).isEqualTo("dates-out-of-order"));
		Penalty backwards = new Penalty("p-2", Penalty.Kind.PROFESSIONAL_DISCIPLINE, LocalDate.of(2023, 5, 1), "协会",
				null, "违规", LocalDate.of(2023, 4, 1), null, null);
		assertThatThrownBy(() -> agency.addPenalty(backwards, TODAY)).isInstanceOf(RuleViolationException.class);
	}

}
