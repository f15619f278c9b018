package org.shuangsuiji.scoring.template;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.shuangsuiji.platform.problem.ConflictException;
import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.platform.problem.NotFoundException;
import org.shuangsuiji.platform.region.RegionCode;
import org.shuangsuiji.platform.security.Caller;
import org.shuangsuiji.platform.security.Role;

/**
 * The versioned templates: read by everyone, created and changed by a province or city
 * bureau within its region. A version that has scored a sheet is immutable; a change to
 * it is a new version.
 */
public class TemplateCatalog {

	private final TemplateStore store;

	private final Clock clock;

	public TemplateCatalog(TemplateStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** A new template, as its version 1. */
	public StoredTemplate create(Caller caller, Template definition) {
		Template template = numbered(definition, definition.templateId(), 1);
		requireAuthor(caller, template.region());
		TemplateValidator.requireValid(template);
		if (this.store.latest(template.templateId()).isPresent()) {
			throw new ConflictException("template-exists",
					"template " + template.templateId()
							+ " exists already; post a new version to /api/scoring/templates/" + template.templateId()
							+ "/versions")
				.with("templateId", template.templateId());
		}
		StoredTemplate stored = new StoredTemplate(template, false, StoredTemplate.Origin.API, this.clock.instant(),
				caller.userId());
		this.store.insert(stored);
		return stored;
	}

	/** The next version of an existing template. */
	public StoredTemplate newVersion(Caller caller, String templateId, Template definition) {
		StoredTemplate latest = latest(templateId);
		requireAuthor(caller, latest.template().region());
		Template template = numbered(definition, templateId, latest.template().version() + 1);
		requireAuthor(caller, template.region());
		TemplateValidator.requireValid(template);
		StoredTemplate stored = new StoredTemplate(template, false, StoredTemplate.Origin.API, this.clock.instant(),
				caller.userId());
		this.store.insert(stored);
		return stored;
	}

	/** Changes a version that no sheet uses yet. */
	public StoredTemplate update(Caller caller, String templateId, int version, Template definition) {
		StoredTemplate current = get(templateId, version);
		requireAuthor(caller, current.template().region());
		Template template = numbered(definition, templateId, version);
		requireAuthor(caller, template.region());
		TemplateValidator.requireValid(template);
		if (current.inUse()) {
			throw inUse(templateId, version);
		}
		StoredTemplate replaced = new StoredTemplate(template, false, StoredTemplate.Origin.API, this.clock.instant(),
				caller.userId());
		if (!this.store.replaceUnused(replaced)) {
			throw inUse(templateId, version);
		}
		return replaced;
	}

	public StoredTemplate get(String templateId, int version) {
		return this.store.find(templateId, version)
			.orElseThrow(() -> new NotFoundException("template-not-found",
					"template " + templateId + " has no version " + version));
	}

	public StoredTemplate latest(String templateId) {
		return this.store.latest(templateId)
			.orElseThrow(() -> new NotFoundException("template-not-found", "no template " + templateId));
	}

	public List<StoredTemplate> versions(String templateId) {
		List<StoredTemplate> versions = this.store.versions(templateId);
		if (versions.isEmpty()) {
			throw new NotFoundException("template-not-found", "no template " + templateId);
		}
		return versions;
	}

	/**
	 * The latest version of each template, optionally only those that apply to a region
	 * (their region covers it) and a year.
	 */
	public List<StoredTemplate> list(RegionCode appliesTo, Integer year) {
		Map<String, StoredTemplate> latest = new java.util.LinkedHashMap<>();
		for (StoredTemplate stored : this.store.all()) {
			Template template = stored.template();
			if (appliesTo != null && !template.region().covers(appliesTo)) {
				continue;
			}
			if (year != null && template.year() != year) {
				continue;
			}
			latest.merge(template.templateId(), stored,
					(a, b) -> (a.template().version() >= b.template().version()) ? a : b);
		}
		return latest.values()
			.stream()
			.sorted(Comparator.comparing((StoredTemplate s) -> s.template().region())
				.thenComparing((s) -> s.template().templateId()))
			.toList();
	}

	/**
	 * Marks the version as used to score and returns it: from here on it cannot change,
	 * so a sheet created from it always scores the same.
	 */
	public StoredTemplate useForScoring(String templateId, int version) {
		get(templateId, version);
		this.store.markInUse(templateId, version);
		return get(templateId, version);
	}

	/**
	 * Loads a template file: stores a version that is new, refreshes one that changed
	 * while no sheet uses it, and leaves a used one alone (a changed file of a used
	 * version is reported, never applied: it needs a new version number).
	 */
	public LoadResult load(Template template) {
		TemplateValidator.requireValid(template);
		var existing = this.store.find(template.templateId(), template.version());
		if (existing.isEmpty()) {
			this.store.insert(
					new StoredTemplate(template, false, StoredTemplate.Origin.FILE, this.clock.instant(), "system"));
			return LoadResult.INSERTED;
		}
		if (existing.get().template().equals(template)) {
			return LoadResult.UNCHANGED;
		}
		if (existing.get().inUse()) {
			return LoadResult.KEPT_IN_USE;
		}
		boolean replaced = this.store.replaceUnused(
				new StoredTemplate(template, false, StoredTemplate.Origin.FILE, this.clock.instant(), "system"));
		return replaced ? LoadResult.REPLACED : LoadResult.KEPT_IN_USE;
	}

	/** What loading a template file did. */
	public enum LoadResult {

		INSERTED, UNCHANGED, REPLACED, KEPT_IN_USE

	}

	private static Template numbered(Template definition, String templateId, int version) {
		if (definition.templateId() != null && !Objects.equals(definition.templateId(), templateId)) {
			throw new InvalidInputException("template-id-mismatch", "templateId",
					"the body names template " + definition.templateId() + " but the path " + templateId);
		}
		if (definition.version() != 0 && definition.version() != version) {
			throw new InvalidInputException("template-version-mismatch", "version",
					"the service numbers versions; this one is " + version + ", the body says " + definition.version());
		}
		Template withId = new Template(templateId, version, definition.region(), definition.year(), definition.kind(),
				definition.title(), definition.issuer(), definition.source(), definition.header(), definition.parts(),
				definition.pools(), definition.totalCap(), definition.grades(), definition.conclusions(),
				definition.findingAction(), definition.provincialReview(), definition.notes());
		return withId;
	}

	private static void requireAuthor(Caller caller, RegionCode region) {
		caller.requireAny(Role.PROVINCE, Role.CITY);
		if (region != null) {
			caller.requireCovers(region);
		}
	}

	private static ConflictException inUse(String templateId, int version) {
		return (ConflictException) new ConflictException("template-version-in-use",
				"version " + version + " of " + templateId
						+ " has scored sheets and cannot change; post a new version instead")
			.with("templateId", templateId)
			.with("version", version);
	}

}
