package org.shuangsuiji.registry.pool.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** An inspector as stored in {@code inspectors}; {@code naturalKey} is unique. */
@Document(InspectorDocument.COLLECTION)
public class InspectorDocument {

	public static final String COLLECTION = "inspectors";

	@Id
	String id;

	String naturalKey;

	String name;

	String lawEnforcementCertNo;

	String unit;

	String regionCode;

	boolean active;

	@Version
	Long version;

}
