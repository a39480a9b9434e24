package org.fascia.intake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns the drawn signature, a {@code data:image/png;base64,...} URL written by signature.js, into PNG
 * bytes, or says precisely what is wrong with it: not a PNG data URL, not decodable, over 300 KB,
 * absurdly large, or empty (no ink).
 */
final class SignatureImage {

	static final int MAX_BYTES = 300 * 1024;

	static final String PREFIX = "data:image/png;base64,";

	/** Pixel count above which a picture is not a signature (and could be a decompression bomb). */
	private static final long MAX_PIXELS = 4_000_000;

	/** A stroke leaves far more; fewer inked pixels than this is an empty box or a stray tap. */
	static final int MIN_INK_PIXELS = 20;

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	/** What is wrong with a drawn signature; {@link Consents} tells it in words from the message bundle. */
	enum Problem {

		/** Not a PNG data URL, not decodable, or absurdly large in pixels. */
		NOT_PNG,

		/** Over {@link #MAX_BYTES}. */
		TOO_LARGE,

		/** No ink: an empty box or a stray tap. */
		BLANK

	}

	/** The outcome: PNG bytes, or what is wrong with the signature. */
	record Result(byte[] png, Problem problem) {

		boolean ok() {
			return problem == null;
		}

	}

	private SignatureImage() {
	}

	static Result read(String dataUrl) {
		if (dataUrl == null || !dataUrl.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			return new Result(null, Problem.NOT_PNG);
		}
		String base64 = dataUrl.substring(PREFIX.length()).strip();
		// Base64 takes 4 characters per 3 bytes: refuse before decoding anything far too large.
		if ((long) base64.length() * 3 / 4 > MAX_BYTES + 3) {
			return new Result(null, Problem.TOO_LARGE);
		}
		byte[] png;
		try {
			png = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			return new Result(null, Problem.NOT_PNG);
		}
		if (png.length > MAX_BYTES) {
			return new Result(null, Problem.TOO_LARGE);
		}
		if (!startsWithPngMagic(png)) {
			return new Result(null, Problem.NOT_PNG);
		}
		BufferedImage image;
		try {
			image = decode(png);
		}
		catch (IOException | RuntimeException ex) {
			return new Result(null, Problem.NOT_PNG);
		}
		if (image == null) {
			return new Result(null, Problem.NOT_PNG);
		}
		if (inkPixels(image) < MIN_INK_PIXELS) {
			return new Result(null, Problem.BLANK);
		}
		return new Result(png, null);
	}

	private static boolean startsWithPngMagic(byte[] bytes) {
		if (bytes.length < PNG_MAGIC.length) {
			return false;
		}
		for (int i = 0; i < PNG_MAGIC.length; i++) {
			if (bytes[i] != PNG_MAGIC[i]) {
				return false;
			}
		}
		return true;
	}

	/** Decodes with the PNG reader only, checking the size in the header before allocating pixels. */
	private static BufferedImage decode(byte[] png) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
			if (in == null || !readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels <= 0 || pixels > MAX_PIXELS) {
					return null;
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
	}

	/**
	 * Pixels that carry ink: not transparent, and not the colour of the background (the top-left pixel),
	 * so a canvas filled white first counts its strokes, not its background.
	 */
	static int inkPixels(BufferedImage image) {
		int background = image.getRGB(0, 0);
		boolean transparentBackground = (background >>> 24) < 16;
		int count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int argb = image.getRGB(x, y);
				boolean opaque = (argb >>> 24) >= 16;
				if (opaque && (transparentBackground || !similar(argb, background))) {
					count++;
					if (count >= MIN_INK_PIXELS) {
						return count;
					}
				}
			}
		}
		return count;
	}

	private static boolean similar(int a, int b) {
		int dr = Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff));
		int dg = Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff));
		int db = Math.abs((a & 0xff) - (b & 0xff));
		return dr + dg + db < 48;
	}

}
