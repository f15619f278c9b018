package org.shuangsuiji.scoring.template.web;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.platform.problem.InvalidInputException;
import org.shuangsuiji.scoring.template.Template;

/**
 * Reads a template body with the same strict mapper as template files, so a template
 * posted through the API and one dropped in as a file are read alike; a malformed one is
 * a 400 naming the path at fault.
 */
public final class TemplateBodies {

	private final JsonMapper mapper;

	/**
	 * @param mapper the strict mapper template files are read with
	 */
	public TemplateBodies(JsonMapper mapper) {
		this.mapper = mapper;
	}

	Template read(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new InvalidInputException("template-invalid", "body", "a template is a JSON object");
		}
		try {
			return this.mapper.treeToValue(body, Template.class);
		}
		catch (DatabindException ex) {
			throw new InvalidInputException("template-invalid", path(ex), rootMessage(ex));
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("template-invalid", "body", rootMessage(ex));
		}
	}

	private static String path(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = (cause instanceof JacksonException jackson) ? jackson.getOriginalMessage()
				: cause.getMessage();
		return (message != null) ? message : "cannot be read";
	}

}
