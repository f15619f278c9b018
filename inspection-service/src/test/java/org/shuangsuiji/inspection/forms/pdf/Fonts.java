package org.shuangsuiji.inspection.forms.pdf;

/** The one font instance the tests share, as the service does. */
final class Fonts {

	static final FormFonts SHARED = new FormFonts(FormFonts.DEFAULT_PATHS);

	private Fonts() {
	}

}
