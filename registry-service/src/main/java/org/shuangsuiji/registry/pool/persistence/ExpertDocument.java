package org.shuangsuiji.registry.pool.persistence;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** An expert as stored in {@code experts}; {@code naturalKey} is unique. */
@Document(ExpertDocument.COLLECTION)
public class ExpertDocument {

	public static final String COLLECTION = "experts";

	@Id
	String id;

	String naturalKey;

	String name;

	List<String> specialities;

	String unit;

	String regionCode;

	boolean active;

	@Version
	Long version;

}
