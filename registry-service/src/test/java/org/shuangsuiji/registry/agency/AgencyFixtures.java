package org.shuangsuiji.registry.agency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;

/** Agencies that read as sentences in tests. */
public final class AgencyFixtures {

	public static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

	private AgencyFixtures() {
	}

	/** A clinical agency in 红旗区 that meets every requirement on {@link #TODAY}. */
	public static AgencyProfile aWellRunClinicalAgency() {
		return new AgencyProfile("新乡示例司法鉴定所", CreditCode.withCheckCharacter("52410702MJ0000001"),
				RegionCode.of("410702"), "新乡市红旗区示例路1号", "张三", "李四", "0373-1234567",
				Set.of(BusinessCategory.FORENSIC_CLINICAL),
				new Licence("410000000001", "河南省司法厅", LocalDate.of(2021, 1, 1), LocalDate.of(2026, 12, 31)), List.of(),
				new Premises(new BigDecimal("120"), Set.of(FunctionalZone.RECEPTION, FunctionalZone.ARCHIVE)),
				List.of(new Equipment("显微镜", "SN-1", LocalDate.of(2025, 12, 1))),
				new LiabilityCover(LiabilityCover.Kind.INSURANCE, "示例保险", "P-1", LocalDate.of(2025, 12, 31)));
	}

	public static StaffingSummary wellStaffed(BusinessCategory... categories) {
		Map<BusinessCategory, Integer> counts = new java.util.EnumMap<>(BusinessCategory.class);
		for (BusinessCategory category : categories) {
			counts.put(category, 4);
		}
		return new StaffingSummary(8, counts, 0);
	}

	public static AgencyProfile with(AgencyProfile p, Licence licence) {
		return new AgencyProfile(p.name(), p.creditCode(), p.regionCode(), p.address(), p.legalRepresentative(),
				p.contactPerson(), p.contactPhone(), p.categories(), licence, p.certificates(), p.premises(),
				p.equipment(), p.liability());
	}

	public static AgencyProfile with(AgencyProfile p, Set<BusinessCategory> categories,
			List<Certificate> certificates) {
		return new AgencyProfile(p.name(), p.creditCode(), p.regionCode(), p.address(), p.legalRepresentative(),
				p.contactPerson(), p.contactPhone(), categories, p.licence(), certificates, p.premises(), p.equipment(),
				p.liability());
	}

	public static AgencyProfile with(AgencyProfile p, RegionCode region, BigDecimal area) {
		return new AgencyProfile(p.name(), p.creditCode(), region, p.address(), p.legalRepresentative(),
				p.contactPerson(), p.contactPhone(), p.categories(), p.licence(), p.certificates(),
				new Premises(area, p.premises().zones()), p.equipment(), p.liability());
	}

}
