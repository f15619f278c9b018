package org.shuangsuiji.inspection.forms;

import java.util.List;

import org.shuangsuiji.platform.problem.DependencyUnavailableException;

/**
 * None of the configured CJK font files exists, so no form can be rendered: without an
 * embedded font the Chinese text would print as nothing. A 503 (the deployment lacks a
 * package), never a PDF with blank labels.
 */
public class FontMissingException extends DependencyUnavailableException {

	public FontMissingException(List<String> triedPaths) {
		super("form-font-missing", "No CJK font for the forms: none of " + triedPaths
				+ " exists (install fonts-wqy-microhei or set inspection.forms.font-paths)");
	}

	public FontMissingException(String path, Throwable cause) {
		super("form-font-missing", "The CJK font for the forms could not be read: " + path);
		initCause(cause);
	}

}
