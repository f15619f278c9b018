package org.shuangsuiji.registry.appraiser;

import java.time.LocalDate;
import java.util.List;

/**
 * An appraiser as typed or imported, before it is checked.
 *
 * @param name 姓名
 * @param certificateNo 执业证号
 * @param certificateIssuedOn issue day of the practice certificate
 * @param agencyId the agency (resolved from a credit code on import)
 * @param categories practice categories as codes or Chinese names
 * @param training hours per year
 * @param status status text, {@code null} for 执业
 */
public record AppraiserInput(String name, String certificateNo, LocalDate certificateIssuedOn, String agencyId,
		List<String> categories, List<TrainingYear> training, String status) {

	public AppraiserInput {
		categories = (categories != null) ? categories : List.of();
		training = (training != null) ? training : List.of();
	}

}
