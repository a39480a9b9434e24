package org.fascia.care;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pictures for self-care items, uploaded by the clinic: PNG or JPEG (told by their first bytes, not by the
 * name or the browser's word, and decoded to be sure), at most 2 MB and 4000 px a side. Saving one points
 * the item's image at {@code /self-care/images/{id}}; removing it clears that. Both are audited.
 */
@Service
class SelfCareImages {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_SIDE = 4000;

	/** An image as stored. */
	record Image(String contentType, byte[] content) {
	}

	private final JdbcClient jdbc;

	private final SelfCareLibrary library;

	private final AuditLog audit;

	private final Clock clock;

	SelfCareImages(JdbcClient jdbc, SelfCareLibrary library, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.library = library;
		this.audit = audit;
		this.clock = clock;
	}

	static String path(long itemId) {
		return "/self-care/images/" + itemId;
	}

	/**
	 * Stores (or replaces) the item's picture.
	 * @throws ApiProblem 404 for an unknown item, 400 on {@code image} for an empty, too large, undecodable or
	 *         other kind of file
	 */
	@Transactional
	void store(long itemId, byte[] bytes, Long userId) {
		library.find(itemId).orElseThrow(() -> ApiProblem.notFound("There is no self-care item " + itemId + "."));
		String type = sniff(bytes);
		BufferedImage decoded = decode(bytes);
		if (decoded.getWidth() > MAX_SIDE || decoded.getHeight() > MAX_SIDE) {
			throw ApiProblem.badRequest("image", "The picture is " + decoded.getWidth() + " × " + decoded.getHeight()
					+ " pixels; at most " + MAX_SIDE + " pixels a side, please.");
		}
		jdbc.sql("delete from self_care_image where item_id = :id").param("id", itemId).update();
		jdbc.sql("""
				insert into self_care_image (item_id, content_type, content, size_bytes, width, height, uploaded_by, uploaded_at)
				values (:id, :type, :content, :size, :width, :height, :user, :now)
				""")
			.param("id", itemId)
			.param("type", type)
			.param("content", bytes)
			.param("size", bytes.length)
			.param("width", decoded.getWidth())
			.param("height", decoded.getHeight())
			.param("user", userId)
			.param("now", Db.utc(clock.instant()))
			.update();
		jdbc.sql("update self_care_item set image_path = :path, changed_at = :now where id = :id")
			.param("path", path(itemId)).param("now", Db.utc(clock.instant())).param("id", itemId).update();
		audit.record("SELF_CARE_IMAGE_SAVED", "self_care_item", itemId, AuditOutcome.SUCCESS,
				type + ", " + bytes.length + " bytes, " + decoded.getWidth() + "x" + decoded.getHeight());
	}

	/** Removes the item's picture; the item keeps no image. */
	@Transactional
	void remove(long itemId) {
		library.find(itemId).orElseThrow(() -> ApiProblem.notFound("There is no self-care item " + itemId + "."));
		jdbc.sql("delete from self_care_image where item_id = :id").param("id", itemId).update();
		jdbc.sql("update self_care_item set image_path = null, changed_at = :now where id = :id and image_path = :path")
			.param("now", Db.utc(clock.instant())).param("id", itemId).param("path", path(itemId)).update();
		audit.record("SELF_CARE_IMAGE_REMOVED", "self_care_item", itemId, AuditOutcome.SUCCESS, null);
	}

	@Transactional(readOnly = true)
	Optional<Image> find(long itemId) {
		return jdbc.sql("select content_type, content from self_care_image where item_id = :id")
			.param("id", itemId)
			.query((rs, i) -> new Image(rs.getString("content_type"), rs.getBytes("content")))
			.optional();
	}

	/** The content type told by the first bytes. */
	static String sniff(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw ApiProblem.badRequest("image", "Choose a picture to upload (PNG or JPEG).");
		}
		if (bytes.length > MAX_BYTES) {
			throw ApiProblem.badRequest("image", "The picture is " + (bytes.length / 1024) + " KB; at most 2 MB, please.");
		}
		if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			return "image/png";
		}
		if (bytes.length > 3 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8 && (bytes[2] & 0xff) == 0xFF) {
			return "image/jpeg";
		}
		throw ApiProblem.badRequest("image", "That file is not a PNG or JPEG picture.");
	}

	private static BufferedImage decode(byte[] bytes) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image != null) {
				return image;
			}
		}
		catch (IOException | RuntimeException ex) {
			// reported below
		}
		throw ApiProblem.badRequest("image", "That picture could not be read; it may be damaged. Try saving it again as PNG or JPEG.");
	}

}
