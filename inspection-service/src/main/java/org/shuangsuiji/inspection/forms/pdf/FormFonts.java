package org.shuangsuiji.inspection.forms.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.shuangsuiji.inspection.forms.FontMissingException;

/**
 * The CJK font every form embeds: the first of the candidate paths that exists, a
 * TrueType collection ({@code .ttc}, its first font) or a single {@code .ttf}. Parsing
 * the file is the expensive part, so it is done once here and the parsed font is shared
 * by every document (PDFBox reads a {@link TrueTypeFont}'s tables under a lock); each
 * document embeds only the glyphs it uses. Close it when the application stops.
 */
public final class FormFonts implements AutoCloseable {

	/** Debian's {@code fonts-wqy-microhei}, the font the images install. */
	public static final List<String> DEFAULT_PATHS = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

	private final Path path;

	private final Closeable source;

	private final TrueTypeFont font;

	private final CmapLookup cmap;

	/**
	 * Loads the first existing font of {@code candidatePaths}.
	 * @throws FontMissingException when none exists or the one found cannot be read
	 */
	public FormFonts(List<String> candidatePaths) {
		this.path = candidatePaths.stream()
			.filter((candidate) -> candidate != null && !candidate.isBlank())
			.map(Path::of)
			.filter(Files::isRegularFile)
			.findFirst()
			.orElseThrow(() -> new FontMissingException(List.copyOf(candidatePaths)));
		try {
			if (this.path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
				TrueTypeCollection collection = new TrueTypeCollection(this.path.toFile());
				List<TrueTypeFont> fonts = new ArrayList<>();
				collection.processAllFonts(fonts::add);
				if (fonts.isEmpty()) {
					collection.close();
					throw new IOException("the collection holds no font");
				}
				this.source = collection;
				this.font = fonts.get(0);
			}
			else {
				this.font = new TTFParser().parse(new RandomAccessReadBufferedFile(this.path.toFile()));
				this.source = this.font;
			}
			this.cmap = this.font.getUnicodeCmapLookup();
		}
		catch (IOException ex) {
			throw new FontMissingException(this.path.toString(), ex);
		}
	}

	public Path path() {
		return this.path;
	}

	/** Whether the font has a real glyph (not .notdef) for the code point. */
	public boolean hasGlyph(int codePoint) {
		return this.cmap.getGlyphId(codePoint) != 0;
	}

	/** The font, to be embedded as a subset of the glyphs {@code document} uses. */
	PDType0Font embedIn(PDDocument document) throws IOException {
		return PDType0Font.load(document, this.font, true);
	}

	@Override
	public void close() throws IOException {
		this.source.close();
	}

}
