package org.shuangsuiji.scoring.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.shuangsuiji.scoring.template.StoredTemplate;
import org.shuangsuiji.scoring.template.TemplateCatalog;

/**
 * The scorer of each template version. A version in use never changes, so its scorer is
 * built once and shared; a version not yet in use may still change and is read afresh.
 */
public class Scorers {

	private final TemplateCatalog templates;

	private final Map<String, Scorer> inUse = new ConcurrentHashMap<>();

	public Scorers(TemplateCatalog templates) {
		this.templates = templates;
	}

	/** A scorer for the version, or a {@code template-not-found} problem. */
	public Scorer of(String templateId, int version) {
		String key = templateId + "@" + version;
		Scorer cached = this.inUse.get(key);
		if (cached != null) {
			return cached;
		}
		StoredTemplate stored = this.templates.get(templateId, version);
		Scorer scorer = Scorer.of(stored.template());
		if (stored.inUse()) {
			this.inUse.put(key, scorer);
		}
		return scorer;
	}

}
