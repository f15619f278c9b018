package org.shuangsuiji.registry.agency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsuiji.registry.agency.AgencyFixtures.TODAY;
import static org.shuangsuiji.registry.agency.AgencyFixtures.aWellRunClinicalAgency;
import static org.shuangsuiji.registry.agency.AgencyFixtures.wellStaffed;
import static org.shuangsuiji.registry.agency.AgencyFixtures.with;

class AgencyFlagsTest {

	private final AgencyFlags flags = new AgencyFlags(new PremisesThresholds(new BigDecimal("70"),
			Map.of(RegionCode.of("410700"), new BigDecimal("70"), RegionCode.of("420700"), new BigDecimal("100"))));

	private List<FlagKind> kinds(AgencyProfile profile, StaffingSummary staffing, LocalDate day) {
		return this.flags.flags(profile, AgencyStatus.ACTIVE, staffing, day).stream().map(Flag::kind).toList();
	}

	@Test
	void aWellRunAgencyCarriesNoFlag() {
		assertThat(kinds(aWellRunClinicalAgency(), wellStaffed(BusinessCategory.FORENSIC_CLINICAL), TODAY)).isEmpty();
	}

	@Test
	void flagsALicenceEndingWithinNinetyDaysAndOneThatEnded() {
		AgencyProfile expiring = with(aWellRunClinicalAgency(),
				new Licence("L", "河南省司法厅", LocalDate.of(2020, 1, 1), TODAY.plusDays(90)));
		AgencyProfile notYet = with(aWellRunClinicalAgency(),
				new Licence("L", "河南省司法厅", LocalDate.of(2020, 1, 1), TODAY.plusDays(91)));
		AgencyProfile expired = with(aWellRunClinicalAgency(),
				new Licence("L", "河南省司法厅", LocalDate.of(2020, 1, 1), TODAY.minusDays(1)));
		StaffingSummary staff = wellStaffed(BusinessCategory.FORENSIC_CLINICAL);
		assertThat(kinds(expiring, staff, TODAY)).containsExactly(FlagKind.LICENCE_EXPIRING);
		assertThat(kinds(notYet, staff, TODAY)).isEmpty();
		assertThat(kinds(expired, staff, TODAY)).containsExactly(FlagKind.LICENCE_EXPIRED);
	}

	@Test
	void flagsACategoryThatNeedsAccreditationWithoutAValidCertificate() {
		Set<BusinessCategory> dna = Set.of(BusinessCategory.FORENSIC_CLINICAL, BusinessCategory.FORENSIC_BIOLOGY);
		StaffingSummary staff = wellStaffed(BusinessCategory.FORENSIC_CLINICAL, BusinessCategory.FORENSIC_BIOLOGY);
		assertThat(this.flags.flags(with(aWellRunClinicalAgency(), dna, List.of()), AgencyStatus.ACTIVE, staff, TODAY))
			.containsExactly(new Flag(FlagKind.ACCREDITATION_MISSING, "法医物证"));
		Certificate valid = new Certificate(CertificateKind.CMA, "CMA-1", "河南省市场监督管理局", LocalDate.of(2023, 1, 1),
				LocalDate.of(2028, 12, 31));
		assertThat(kinds(with(aWellRunClinicalAgency(), dna, List.of(valid)), staff, TODAY)).isEmpty();
		Certificate lapsed = new Certificate(CertificateKind.CNAS, "CNAS-1", "CNAS", LocalDate.of(2019, 1, 1),
				TODAY.minusDays(1));
		assertThat(kinds(with(aWellRunClinicalAgency(), dna, List.of(lapsed)), staff, TODAY))
			.containsExactly(FlagKind.CERTIFICATE_EXPIRED, FlagKind.ACCREDITATION_MISSING);
	}

	@Test
	void flagsFewerThanThreeAppraisersInACategoryAndFiveOrFewerInAll() {
		StaffingSummary thin = new StaffingSummary(5, Map.of(BusinessCategory.FORENSIC_CLINICAL, 2), 0);
		assertThat(this.flags.flags(aWellRunClinicalAgency(), AgencyStatus.ACTIVE, thin, TODAY)).containsExactly(
				new Flag(FlagKind.CATEGORY_UNDERSTAFFED, "法医临床: 2 人"), new Flag(FlagKind.FEW_APPRAISERS, "5 人"));
		StaffingSummary six = new StaffingSummary(6, Map.of(BusinessCategory.FORENSIC_CLINICAL, 3), 0);
		assertThat(kinds(aWellRunClinicalAgency(), six, TODAY)).isEmpty();
	}

	@Test
	void judgesPremisesByTheRegionsThreshold() {
		StaffingSummary staff = wellStaffed(BusinessCategory.FORENSIC_CLINICAL);
		AgencyProfile xinxiang80 = with(aWellRunClinicalAgency(), RegionCode.of("410702"), new BigDecimal("80"));
		AgencyProfile ezhou80 = with(aWellRunClinicalAgency(), RegionCode.of("420704"), new BigDecimal("80"));
		AgencyProfile xinxiang69 = with(aWellRunClinicalAgency(), RegionCode.of("410702"), new BigDecimal("69.5"));
		assertThat(kinds(xinxiang80, staff, TODAY)).isEmpty();
		assertThat(this.flags.flags(ezhou80, AgencyStatus.ACTIVE, staff, TODAY))
			.containsExactly(new Flag(FlagKind.PREMISES_TOO_SMALL, "80 m² < 100 m²"));
		assertThat(kinds(xinxiang69, staff, TODAY)).containsExactly(FlagKind.PREMISES_TOO_SMALL);
	}

	@Test
	void flagsShortTrainingOverdueCalibrationAndMissingCover() {
		AgencyProfile p = aWellRunClinicalAgency();
		AgencyProfile neglected = new AgencyProfile(p.name(), p.creditCode(), p.regionCode(), p.address(),
				p.legalRepresentative(), p.contactPerson(), p.contactPhone(), p.categories(), p.licence(),
				p.certificates(), p.premises(), List.of(new Equipment("离心机", "SN-2", TODAY.minusDays(1))), null);
		StaffingSummary staff = new StaffingSummary(8, Map.of(BusinessCategory.FORENSIC_CLINICAL, 8), 2);
		assertThat(kinds(neglected, staff, TODAY)).containsExactly(FlagKind.TRAINING_HOURS_SHORT,
				FlagKind.CALIBRATION_OVERDUE, FlagKind.LIABILITY_COVER_MISSING);
	}

	@Test
	void aCancelledAgencyCarriesNoFlags() {
		assertThat(this.flags.flags(aWellRunClinicalAgency(), AgencyStatus.CANCELLED, StaffingSummary.none(), TODAY))
			.isEmpty();
	}

	@Test
	void flagsHoldUntilTheFirstDayADateInTheRecordChangesThem() {
		AgencyProfile profile = with(aWellRunClinicalAgency(),
				new Licence("L", "河南省司法厅", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 8, 30)));
		FlagState state = this.flags.compute(profile, AgencyStatus.ACTIVE,
				wellStaffed(BusinessCategory.FORENSIC_CLINICAL), TODAY);
		// The warning window opened today (2025-08-30 minus 90 days); the next change is
		// the
		// day after expiry.
		assertThat(state.flags()).extracting(Flag::kind).containsExactly(FlagKind.LICENCE_EXPIRING);
		assertThat(state.validUntil()).isEqualTo(LocalDate.of(2025, 8, 31));
		assertThat(state.freshOn(TODAY)).isTrue();
		assertThat(state.freshOn(LocalDate.of(2025, 8, 31))).isFalse();
		assertThat(FlagState.stale().freshOn(TODAY)).isFalse();
	}

}
