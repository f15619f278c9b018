package org.shuangsuiji.inspection.forms.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A rendered form read back: its text per page, page images, fonts and QR codes. */
final class RenderedPdf {

	/** Where samples go for a person to look at (the module's target folder). */
	static final Path SAMPLES = Path.of("target", "forms-samples");

	private final byte[] bytes;

	RenderedPdf(byte[] bytes) {
		this.bytes = bytes;
	}

	int pages() {
		return read((document) -> document.getNumberOfPages());
	}

	/** The text of page {@code page} (1-based). */
	String text(int page) {
		return read((document) -> {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			return stripper.getText(document);
		});
	}

	String text() {
		return read((document) -> new PDFTextStripper().getText(document));
	}

	/** The text with every space and line break removed, for Chinese that wrapped. */
	static String squeezed(String text) {
		return text.replaceAll("\\s+", "");
	}

	BufferedImage image(int page, float dpi) {
		return read((document) -> new PDFRenderer(document).renderImageWithDPI(page - 1, dpi));
	}

	/** Names of the fonts page {@code page} uses, with whether each is embedded. */
	List<String> embeddedFonts(int page) {
		return read((document) -> {
			List<String> fonts = new ArrayList<>();
			var resources = document.getPage(page - 1).getResources();
			for (var name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				if (font.isEmbedded()) {
					fonts.add(font.getName());
				}
			}
			return fonts;
		});
	}

	/** The content of the QR code on page {@code page}, rendered at 200 dpi. */
	String qrCode(int page) {
		BufferedImage image = image(page, 200);
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		try {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
		}
		catch (ReaderException ex) {
			throw new AssertionError("no readable QR code on page " + page, ex);
		}
	}

	/** Pixels darker than mid-grey in the given rectangle of an image. */
	static int darkPixels(BufferedImage image, int x, int y, int width, int height) {
		int dark = 0;
		for (int row = y; row < Math.min(y + height, image.getHeight()); row++) {
			for (int column = x; column < Math.min(x + width, image.getWidth()); column++) {
				int rgb = image.getRGB(column, row);
				int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
				if (grey < 128) {
					dark++;
				}
			}
		}
		return dark;
	}

	void saveSample(String name) {
		try {
			Files.createDirectories(SAMPLES);
			Files.write(SAMPLES.resolve(name), this.bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private <T> T read(Reading<T> reading) {
		try (PDDocument document = Loader.loadPDF(this.bytes)) {
			return reading.apply(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private interface Reading<T> {

		T apply(PDDocument document) throws IOException;

	}

}
