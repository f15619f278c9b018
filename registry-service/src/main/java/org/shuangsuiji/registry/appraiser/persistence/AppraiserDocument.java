package org.shuangsuiji.registry.appraiser.persistence;

import java.time.LocalDate;
import java.util.List;

import org.shuangsuiji.registry.appraiser.TrainingYear;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** An appraiser as stored in {@code appraisers}; the certificate number is unique. */
@Document(AppraiserDocument.COLLECTION)
public class AppraiserDocument {

	public static final String COLLECTION = "appraisers";

	@Id
	String id;

	String name;

	String certificateNo;

	LocalDate certificateIssuedOn;

	String agencyId;

	String regionCode;

	List<String> categories;

	List<TrainingYear> training;

	String status;

	@Version
	Long version;

}
