package org.shuangsuiji.evidence.content;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Renders a small JPEG preview of a photo with the JDK's ImageIO. The source is decoded
 * with subsampling so that a 50-megapixel photo never becomes a full-size raster in
 * memory.
 */
public final class Thumbnails {

	/** The longest edge of a thumbnail, in pixels. */
	public static final int MAX_EDGE = 320;

	public static final String MIME_TYPE = "image/jpeg";

	/**
	 * The most pixels a photo may declare to get a thumbnail: 50 megapixels is beyond any
	 * phone camera; a larger header is refused before a single pixel is decoded, so a
	 * tiny file declaring a huge size (a decompression bomb) costs nothing.
	 */
	public static final long MAX_PIXELS = 50_000_000L;

	private Thumbnails() {
	}

	/**
	 * Renders the thumbnail of the image in {@code source}.
	 * @throws TooManyPixelsException when the header declares more than
	 * {@link #MAX_PIXELS}
	 * @throws IOException when the bytes are not an image ImageIO can decode
	 */
	public static byte[] render(InputStream source) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(source)) {
			if (input == null) {
				throw new IOException("no image input for this stream");
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new IOException("not an image ImageIO can decode");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				// Both read from the header only: nothing decoded yet.
				if ((long) width * height > MAX_PIXELS) {
					throw new TooManyPixelsException(width, height, MAX_PIXELS);
				}
				// Decode at no more than twice the thumbnail size, then scale smoothly.
				int step = Math.max(1, Math.max(width, height) / (2 * MAX_EDGE));
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage decoded = reader.read(0, param);
				return encode(scale(decoded));
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static BufferedImage scale(BufferedImage source) {
		double factor = Math.min(1.0, (double) MAX_EDGE / Math.max(source.getWidth(), source.getHeight()));
		int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
		// JPEG has no alpha: draw onto white RGB.
		BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setColor(java.awt.Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	private static byte[] encode(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.8f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
