package org.shuangsuiji.scoring.template.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.scoring.template.Template;
import org.shuangsuiji.scoring.template.TemplateCatalog;
import org.shuangsuiji.scoring.template.TemplateCatalog.LoadResult;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Loads template files (the shipped 新乡 and 鄂州 templates, and any a deployment adds) into
 * the catalogue at startup. Idempotent: an unchanged file does nothing; a used version is
 * never overwritten. A malformed file stops the start, so a broken template is never
 * half-loaded.
 */
public class TemplateFileLoader {

	private static final Logger log = LoggerFactory.getLogger(TemplateFileLoader.class);

	private final TemplateCatalog catalog;

	private final ResourcePatternResolver resources;

	private final List<String> locations;

	private final JsonMapper mapper;

	/**
	 * @param catalog where the templates go
	 * @param resources finds the files
	 * @param locations the resource patterns of template files
	 * @param mapper the strict mapper templates are read with
	 */
	public TemplateFileLoader(TemplateCatalog catalog, ResourcePatternResolver resources, List<String> locations,
			JsonMapper mapper) {
		this.catalog = catalog;
		this.resources = resources;
		this.locations = List.copyOf(locations);
		this.mapper = mapper;
	}

	public List<LoadResult> loadAll() {
		List<LoadResult> results = new ArrayList<>();
		for (Resource resource : resources()) {
			Template template = read(resource);
			LoadResult result = this.catalog.load(template);
			results.add(result);
			if (result == LoadResult.KEPT_IN_USE) {
				log.warn(
						"Template file {} differs from {} v{}, which has scored sheets and stays as it is; "
								+ "give the file a new version number",
						resource.getDescription(), template.templateId(), template.version());
			}
			else {
				log.info("Template {} v{} from {}: {}", template.templateId(), template.version(),
						resource.getFilename(), result);
			}
		}
		return results;
	}

	private List<Resource> resources() {
		List<Resource> found = new ArrayList<>();
		for (String location : this.locations) {
			try {
				found.addAll(Arrays.asList(this.resources.getResources(location)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot list template files at " + location, ex);
			}
		}
		found.sort(Comparator.comparing((Resource resource) -> String.valueOf(resource.getFilename())));
		return found;
	}

	private Template read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return this.mapper.readValue(in, Template.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read template file " + resource.getDescription(), ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException(
					"template file " + resource.getDescription() + " is not a valid template: " + ex.getMessage(), ex);
		}
	}

}
