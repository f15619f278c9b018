package org.shuangsuiji.scoring.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * Figures over the submitted official sheets of a region.
 *
 * @param region the region covered, {@code 000000} for the nation
 * @param year the year, or {@code null} for all
 * @param templateId the template, or {@code null} for all
 * @param sheets how many sheets
 * @param outcomes sheets per grade (points tables) or conclusion (checklists)
 * @param totals statistics of the totals of points tables
 * @param distribution totals in bands of ten points
 * @param findings the items with findings on most sheets, with their most frequent rules
 * or sub-points
 * @param subRegions the same per province of the nation, city of a province, or county of
 * a city
 */
public record Dashboard(String region, Integer year, String templateId, long sheets, List<OutcomeCount> outcomes,
		Totals totals, List<Band> distribution, List<ItemFindings> findings, List<SubRegion> subRegions) {

	/** Sheets with one grade or conclusion. */
	public record OutcomeCount(String code, String label, long sheets) {

	}

	/** Totals of the sheets that have one; {@code null} statistics when none has. */
	public record Totals(long sheets, BigDecimal mean, BigDecimal min, BigDecimal max) {

	}

	/**
	 * Totals from {@code from} (inclusive) to {@code to} (exclusive, except the last
	 * band).
	 */
	public record Band(BigDecimal from, BigDecimal to, long sheets) {

	}

	/**
	 * An item and how many sheets have a finding on it.
	 *
	 * @param refs the rules (or sub-points) found most often on it
	 */
	public record ItemFindings(String templateId, String itemId, long sheets, List<RefCount> refs) {

	}

	/** A rule id or sub-point number and on how many sheets it was found. */
	public record RefCount(String ref, long sheets) {

	}

	/** One province, city or county inside the region. */
	public record SubRegion(String region, long sheets, BigDecimal meanTotal, List<OutcomeCount> outcomes) {

	}

}
