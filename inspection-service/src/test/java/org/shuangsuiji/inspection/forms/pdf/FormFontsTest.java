package org.shuangsuiji.inspection.forms.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangsuiji.inspection.forms.FontMissingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FormFontsTest {

	@Test
	void noExistingCandidateIsA503NamingEveryPathTried() {
		assertThatExceptionOfType(FontMissingException.class)
			.isThrownBy(() -> new FormFonts(List.of("/nowhere/a.ttc", "/nowhere/b.ttf")))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(503);
				assertThat(ex.type()).isEqualTo("form-font-missing");
				assertThat(ex.detail()).contains("/nowhere/a.ttc", "/nowhere/b.ttf", "inspection.forms.font-paths");
			});
	}

	@Test
	void takesTheFirstCandidateThatExists() throws Exception {
		try (FormFonts fonts = new FormFonts(List.of("/nowhere/a.ttc", FormFonts.DEFAULT_PATHS.get(0)))) {
			assertThat(fonts.path()).isEqualTo(Path.of(FormFonts.DEFAULT_PATHS.get(0)));
			assertThat(fonts.hasGlyph('鉴')).isTrue();
		}
	}

	@Test
	void aFileThatIsNotAFontIsRefusedTheSameWay(@TempDir Path folder) throws Exception {
		Path notAFont = Files.writeString(folder.resolve("broken.ttf"), "not a font");
		assertThatExceptionOfType(FontMissingException.class)
			.isThrownBy(() -> new FormFonts(List.of(notAFont.toString())))
			.withMessageContaining("broken.ttf");
	}

}
