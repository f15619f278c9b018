package org.shuangsuiji.nationaldata;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.shuangsuiji.platform.category.BusinessCategory;

/**
 * What the generator makes, in the terms of the registry's import files and the
 * inspection-service plan API. People and agencies refer to each other by natural keys
 * (credit code, 执业证号, name + unit + region); the writer resolves them to ids.
 */
public record DataSet(long seed, double scale, List<Agency> agencies, List<Appraiser> appraisers,
		List<PoolPerson> inspectors, List<PoolPerson> experts, List<Conflict> conflicts, List<Plan> plans) {

	/** 司法鉴定机构, one row of the agency import. */
	public record Agency(String name, String creditCode, String regionCode, String address, String legalRepresentative,
			String contactPerson, String contactPhone, Set<BusinessCategory> categories, String licenceNumber,
			String licenceIssuer, LocalDate licenceFrom, LocalDate licenceUntil, String cmaNumber, LocalDate cmaUntil,
			int areaSquareMetres, String coverKind, String coverProvider, String coverReference, LocalDate coverUntil,
			String status) {
	}

	/** 鉴定人, one row of the appraiser import. */
	public record Appraiser(String name, String certificateNo, LocalDate issuedOn, String agencyCreditCode,
			String regionCode, Set<BusinessCategory> categories, String training, String status) {
	}

	/**
	 * 执法检查人员 or 鉴定专家: {@code certNo} for inspectors (may be null), {@code specialities}
	 * for experts.
	 */
	public record PoolPerson(String name, String certNo, Set<BusinessCategory> specialities, String unit,
			String regionCode, boolean active) {

		/**
		 * How the writer finds the person again: the 执法证号, else name, unit and region.
		 */
		public String naturalKey() {
			return (this.certNo != null) ? this.certNo : this.name + "|" + this.unit + "|" + this.regionCode;
		}

	}

	/** A declared conflict of interest between a pool person and an agency. */
	public record Conflict(String personKind, String personKey, String personRegion, String agencyCreditCode,
			String kind, String reason, LocalDate declaredOn) {
	}

	/** A city's yearly plan, drawn with {@code drawSeed}. */
	public record Plan(String cityCode, int year, String title, LocalDate periodStart, LocalDate periodEnd,
			int samplingRate, String templateId, int templateVersion, String drawSeed) {
	}

}
