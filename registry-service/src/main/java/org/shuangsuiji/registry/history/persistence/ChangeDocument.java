package org.shuangsuiji.registry.history.persistence;

import java.time.Instant;
import java.util.List;

import org.shuangsuiji.registry.history.FieldChange;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One entry of {@code history}; never updated, never deleted. */
@Document(ChangeDocument.COLLECTION)
public class ChangeDocument {

	public static final String COLLECTION = "history";

	@Id
	String id;

	String subjectKind;

	String subjectId;

	String region;

	Instant at;

	String actorId;

	String actorName;

	String action;

	String source;

	List<FieldChange> changes;

}
