package org.fascia.care;

import java.time.Clock;
import java.util.Optional;


import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.UploadedImages;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
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

	private final Words words;

	SelfCareImages(JdbcClient jdbc, SelfCareLibrary library, AuditLog audit, Clock clock, Words words) {
		this.jdbc = jdbc;
		this.library = library;
		this.audit = audit;
		this.clock = clock;
		this.words = words;
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
		library.find(itemId).orElseThrow(
				() -> ApiProblem.notFound(words.text("care.problem.noItem", String.valueOf(itemId))));
		UploadedImages.Checked decoded = UploadedImages.check(bytes, "image", "picture", MAX_BYTES, MAX_SIDE);
		String type = decoded.contentType();
		jdbc.sql("delete from self_care_image where item_id = :id").param("id", itemId).update();
		jdbc.sql("""
				insert into self_care_image (item_id, content_type, content, size_bytes, width, height, uploaded_by, uploaded_at)
				values (:id, :type, :content, :size, :width, :height, :user, :now)
				""")
			.param("id", itemId)
			.param("type", type)
			.param("content", bytes)
			.param("size", bytes.length)
			.param("width", decoded.width())
			.param("height", decoded.height())
			.param("user", userId)
			.param("now", Db.utc(clock.instant()))
			.update();
		jdbc.sql("update self_care_item set image_path = :path, changed_at = :now where id = :id")
			.param("path", path(itemId)).param("now", Db.utc(clock.instant())).param("id", itemId).update();
		audit.record("SELF_CARE_IMAGE_SAVED", "self_care_item", itemId, AuditOutcome.SUCCESS,
				type + ", " + bytes.length + " bytes, " + decoded.width() + "x" + decoded.height());
	}

	/** Removes the item's picture; the item keeps no image. */
	@Transactional
	void remove(long itemId) {
		library.find(itemId).orElseThrow(
				() -> ApiProblem.notFound(words.text("care.problem.noItem", String.valueOf(itemId))));
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
		return UploadedImages.sniff(bytes, "image", "picture", MAX_BYTES);
	}

}
