package org.shuangsuiji.scoring.template;

import java.util.List;
import java.util.Optional;

/** Where template versions are kept. */
public interface TemplateStore {

	Optional<StoredTemplate> find(String templateId, int version);

	Optional<StoredTemplate> latest(String templateId);

	/** Every version of a template, oldest first. */
	List<StoredTemplate> versions(String templateId);

	/** Every version of every template, by id and version. */
	List<StoredTemplate> all();

	/** Stores a new version; a version that exists already is a conflict. */
	void insert(StoredTemplate template);

	/**
	 * Replaces a version that no sheet uses yet, atomically with that check.
	 * @return {@code false} if the version is in use (or gone)
	 */
	boolean replaceUnused(StoredTemplate template);

	/** Marks a version as used to score: it never changes again. */
	void markInUse(String templateId, int version);

}
