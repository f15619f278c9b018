package org.shuangsuiji.registry.conflict.persistence;

import java.time.LocalDate;

import org.shuangsuiji.registry.conflict.ConflictOfInterest;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A declaration as stored in {@code conflicts}. */
@Document(ConflictDocument.COLLECTION)
public class ConflictDocument {

	public static final String COLLECTION = "conflicts";

	@Id
	String id;

	String personId;

	String personKind;

	String personRegion;

	String agencyId;

	String agencyRegion;

	String kind;

	String reason;

	LocalDate declaredOn;

	String declaredBy;

	ConflictOfInterest.Withdrawal withdrawal;

}
