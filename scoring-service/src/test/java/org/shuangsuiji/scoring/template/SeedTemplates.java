package org.shuangsuiji.scoring.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.shuangsuiji.scoring.config.ScoringJson;

/** The two shipped templates and their seed documents, as tests read them. */
public final class SeedTemplates {

	private static final Template XINXIANG = load("templates/xinxiang-2024-checklist.v1.json");

	private static final Template EZHOU = load("templates/ezhou-2025-scoring.v1.json");

	private SeedTemplates() {
	}

	/** 2024年度新乡市司法鉴定行业“双随机、一公开”监督检查表. */
	public static Template xinxiang() {
		return XINXIANG;
	}

	/** 鄂州市2025年公共法律服务“双随机、一公开”检查评分表（司法鉴定）. */
	public static Template ezhou() {
		return EZHOU;
	}

	public static Template load(String resource) {
		try (InputStream in = stream(resource)) {
			return ScoringJson.mapper().readValue(in, Template.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A seed document with all whitespace removed, so text broken across lines still
	 * matches.
	 */
	public static String seedText(String name) {
		try (InputStream in = stream("seeds/" + name)) {
			return normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String normalize(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static InputStream stream(String resource) {
		InputStream in = SeedTemplates.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("missing resource " + resource);
		}
		return in;
	}

}
