package org.shuangsuiji.inspection.draw;

/**
 * The rules a team must meet, in the order the draw applies them. When an agency cannot
 * be staffed, the first rule after which too few people remain is the one named in the
 * 422.
 */
public enum StaffingRule {

	/** Inspectors must hold a 执法证号. */
	CERTIFIED_INSPECTORS("certified-inspectors"),
	/**
	 * Nobody with a declared conflict with the agency, nor anyone a replacement took off
	 * it.
	 */
	RECUSAL("recusal"),
	/** Plan option: no inspector of the agency's own county. */
	SAME_COUNTY("same-county"),
	/** Plan option: nobody who inspected the agency in the previous year's plans. */
	INSPECTED_LAST_YEAR("inspected-last-year"),
	/** Plan option: nobody already on the maximum number of teams. */
	MAX_INSPECTIONS_PER_PERSON("max-inspections-per-person"),
	/** Plan option: an expert whose specialities include each inspected category. */
	EXPERT_SPECIALITY("expert-speciality");

	private final String slug;

	StaffingRule(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return this.slug;
	}

}
