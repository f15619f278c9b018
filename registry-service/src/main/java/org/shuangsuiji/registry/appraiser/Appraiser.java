package org.shuangsuiji.registry.appraiser;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.shuangsuiji.platform.category.BusinessCategory;
import org.shuangsuiji.platform.region.RegionCode;

/**
 * A 司法鉴定人, identified by the number of the practice certificate (执业证号).
 *
 * @param id registry id
 * @param name 姓名
 * @param certificateNo 执业证号
 * @param certificateIssuedOn the day the practice certificate was issued, may be unknown
 * @param agencyId the agency practised at
 * @param regionCode the agency's region (kept here so scope checks need no join)
 * @param categories practice categories (执业类别)
 * @param training continuing-education hours per year
 * @param status current status
 * @param version optimistic-lock version, {@code null} before the first save
 */
public record Appraiser(String id, String name, String certificateNo, LocalDate certificateIssuedOn, String agencyId,
		RegionCode regionCode, Set<BusinessCategory> categories, List<TrainingYear> training, AppraiserStatus status,
		Long version) {

	/** Hours a year that 鄂州 item 3 ④ expects. */
	public static final int MIN_TRAINING_HOURS = 40;

	public Appraiser {
		categories = Set.copyOf(categories);
		training = training.stream().sorted(Comparator.comparingInt(TrainingYear::year)).toList();
	}

	public boolean active() {
		return this.status == AppraiserStatus.ACTIVE;
	}

	public int hoursIn(int year) {
		return this.training.stream().filter((t) -> t.year() == year).mapToInt(TrainingYear::hours).sum();
	}

	/**
	 * Whether the last complete year had fewer than 40 hours. Appraisers certified after
	 * that year are not judged on it.
	 */
	public boolean trainingShort(LocalDate today) {
		int lastYear = today.getYear() - 1;
		if (this.certificateIssuedOn != null && this.certificateIssuedOn.getYear() > lastYear) {
			return false;
		}
		return hoursIn(lastYear) < MIN_TRAINING_HOURS;
	}

}
