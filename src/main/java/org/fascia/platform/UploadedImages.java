package org.fascia.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * An uploaded PNG or JPEG checked the same way wherever a picture is stored (self-care pictures, therapists'
 * photos): not empty, at most a size, the type told by its first bytes (never by the name or the browser), decodable,
 * and at most a number of pixels a side. Every refusal is a 400 on the form's field, in the field's own word
 * ("picture", "photo").
 */
public final class UploadedImages {

	/** The bundle for the refusals (a static helper, not a Spring bean). */
	private static final Words words = Words.standalone();

	private UploadedImages() {
	}

	/** A checked image: its content type and its size in pixels. */
	public record Checked(String contentType, int width, int height) {
	}

	/**
	 * @param field the form field a refusal names
	 * @param noun what the page calls it, e.g. "picture"
	 * @throws ApiProblem 400 on {@code field} when the file is empty, too large, not PNG/JPEG, unreadable or too big
	 */
	public static Checked check(byte[] bytes, String field, String noun, int maxBytes, int maxSide) {
		String type = sniff(bytes, field, noun, maxBytes);
		BufferedImage decoded = decode(bytes, field, noun);
		if (decoded.getWidth() > maxSide || decoded.getHeight() > maxSide) {
			throw ApiProblem.badRequest(field, words.text("platform.image.tooManyPixels", noun,
					String.valueOf(decoded.getWidth()), String.valueOf(decoded.getHeight()), String.valueOf(maxSide)));
		}
		return new Checked(type, decoded.getWidth(), decoded.getHeight());
	}

	/** The content type told by the first bytes (PNG or JPEG), after the empty and size checks. */
	public static String sniff(byte[] bytes, String field, String noun, int maxBytes) {
		if (bytes == null || bytes.length == 0) {
			throw ApiProblem.badRequest(field, words.text("platform.image.choose", noun));
		}
		if (bytes.length > maxBytes) {
			throw ApiProblem.badRequest(field, words.text("platform.image.tooLarge", noun,
					String.valueOf(bytes.length / 1024), String.valueOf(maxBytes / (1024 * 1024))));
		}
		if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			return "image/png";
		}
		if (bytes.length > 3 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8 && (bytes[2] & 0xff) == 0xFF) {
			return "image/jpeg";
		}
		throw ApiProblem.badRequest(field, words.text("platform.image.notPngOrJpeg", noun));
	}

	private static BufferedImage decode(byte[] bytes, String field, String noun) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image != null) {
				return image;
			}
		}
		catch (IOException | RuntimeException ex) {
			// reported below
		}
		throw ApiProblem.badRequest(field, words.text("platform.image.unreadable", noun));
	}

}
