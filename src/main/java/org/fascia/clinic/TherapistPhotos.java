package org.fascia.clinic;

import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;


import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.UploadedImages;
import org.fascia.platform.Db;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Therapists' photos for the public team pages, uploaded by the owner, as self-care pictures are: PNG or JPEG
 * (told by their first bytes, not the name or the browser's word, and decoded to be sure), at most 2 MB and
 * 4000 px a side, kept in the database. Saving and removing are audited.
 */
@Service
public class TherapistPhotos {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_SIDE = 4000;

	/** A photo as stored. */
	public record Photo(String contentType, byte[] content) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final ClinicProblems clinicProblems;

	TherapistPhotos(JdbcClient jdbc, AuditLog audit, Clock clock, ClinicProblems clinicProblems) {
		this.clinicProblems = clinicProblems;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Stores (or replaces) the therapist's photo.
	 * @throws ApiProblem 404 for an unknown therapist, 400 on {@code photo} for an empty, too large,
	 *         undecodable or other kind of file
	 */
	@Transactional
	public void store(long therapistId, byte[] bytes, Long userId) {
		Therapists.lock(jdbc, therapistId, clinicProblems);
		UploadedImages.Checked decoded = UploadedImages.check(bytes, "photo", "photo", MAX_BYTES, MAX_SIDE);
		String type = decoded.contentType();
		jdbc.sql("delete from therapist_photo where therapist_id = :id").param("id", therapistId).update();
		jdbc.sql("""
				insert into therapist_photo (therapist_id, content_type, content, size_bytes, width, height, uploaded_by, uploaded_at)
				values (:id, :type, :content, :size, :width, :height, :user, :now)
				""")
			.param("id", therapistId)
			.param("type", type)
			.param("content", bytes)
			.param("size", bytes.length)
			.param("width", decoded.width())
			.param("height", decoded.height())
			.param("user", userId)
			.param("now", Db.utc(clock.instant()))
			.update();
		audit.record("THERAPIST_PHOTO_SAVED", "therapist", therapistId, AuditOutcome.SUCCESS,
				type + ", " + bytes.length + " bytes, " + decoded.width() + "x" + decoded.height());
	}

	/** @throws ApiProblem 404 for an unknown therapist */
	@Transactional
	public void remove(long therapistId) {
		Therapists.lock(jdbc, therapistId, clinicProblems);
		jdbc.sql("delete from therapist_photo where therapist_id = :id").param("id", therapistId).update();
		audit.record("THERAPIST_PHOTO_REMOVED", "therapist", therapistId, AuditOutcome.SUCCESS, null);
	}

	/** The photo of an active therapist (an inactive therapist's photo is not public). */
	@Transactional(readOnly = true)
	public Optional<Photo> find(long therapistId) {
		return jdbc.sql("""
				select p.content_type, p.content from therapist_photo p join therapist t on t.id = p.therapist_id
				where p.therapist_id = :id and t.active = true
				""")
			.param("id", therapistId)
			.query((rs, i) -> new Photo(rs.getString("content_type"), rs.getBytes("content")))
			.optional();
	}

	/** The therapists who have a photo. */
	public Set<Long> withPhoto() {
		return new HashSet<>(jdbc.sql("select therapist_id from therapist_photo").query(Long.class).list());
	}

	/** The content type told by the first bytes. */
	static String sniff(byte[] bytes) {
		return UploadedImages.sniff(bytes, "photo", "photo", MAX_BYTES);
	}

}
