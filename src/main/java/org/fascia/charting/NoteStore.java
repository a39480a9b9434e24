package org.fascia.charting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fascia.platform.Db;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Persistence of session notes, their finding regions and amendments. Every change of a note names the
 * version it read and touches only a draft ({@code where version = :v and status = 'DRAFT'}), so a stale
 * save or a change of a signed note changes nothing; the databases refuse it too (V16_1).
 */
@Repository
class NoteStore {

	private static final String SELECT = """
			select n.*, u.display_name as signer from session_note n left join app_user u on u.id = n.signed_by
			""";

	private final JdbcClient jdbc;

	NoteStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(long id, long appointmentId, long clientId, NoteContent content, NoteStatus status,
			int version, Instant updatedAt, String signer, Instant signedAt) {
	}

	Optional<SessionNote> forAppointment(long appointmentId) {
		return load(SELECT + "where n.appointment_id = :v", appointmentId).stream().findFirst();
	}

	/** The client's notes (drafts too), newest appointment first. */
	List<SessionNote> forClient(long clientId) {
		return load(SELECT + "join appointment a on a.id = n.appointment_id where n.client_id = :v "
				+ "order by a.start_at desc, n.id desc", clientId);
	}

	/** Inserts a new draft (version 1); a second note for the appointment meets the unique key. */
	long insert(long appointmentId, long clientId, NoteContent c, long userId, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into session_note (appointment_id, client_id, subjective, pain_today, health_changed, objective,
				    assessment, response_since_last, plan_next, plan_self_care, client_summary, status, version,
				    created_by, created_at, updated_by, updated_at)
				values (:appointment, :client, :subjective, :pain, :changed, :objective, :assessment, :response, :planNext,
				    :planSelfCare, :summary, 'DRAFT', 1, :user, :now, :user, :now)
				""")
			.param("appointment", appointmentId)
			.param("client", clientId)
			.params(content(c))
			.param("user", userId)
			.param("now", Db.utc(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		regions(id, c);
		return id;
	}

	/** Updates a draft read at {@code version}; false when it is signed or was changed since. */
	boolean update(long noteId, int version, NoteContent c, long userId, Instant now) {
		int changed = jdbc.sql("""
				update session_note set subjective = :subjective, pain_today = :pain, health_changed = :changed,
				    objective = :objective, assessment = :assessment, response_since_last = :response,
				    plan_next = :planNext, plan_self_care = :planSelfCare, client_summary = :summary,
				    version = version + 1, updated_by = :user, updated_at = :now
				where id = :id and version = :version and status = 'DRAFT'
				""")
			.params(content(c))
			.param("user", userId)
			.param("now", Db.utc(now))
			.param("id", noteId)
			.param("version", version)
			.update();
		if (changed == 1) {
			jdbc.sql("delete from session_note_region where note_id = :id").param("id", noteId).update();
			regions(noteId, c);
		}
		return changed == 1;
	}

	/** Signs a draft read at {@code version}; false when it is signed already or was changed since. */
	boolean sign(long noteId, int version, long userId, Instant now) {
		return jdbc.sql("""
				update session_note set status = 'SIGNED', signed_by = :user, signed_at = :now, version = version + 1
				where id = :id and version = :version and status = 'DRAFT'
				""").param("user", userId).param("now", Db.utc(now)).param("id", noteId).param("version", version)
			.update() == 1;
	}

	void amend(long noteId, NoteSection section, String text, String reason, long userId, Instant now) {
		jdbc.sql("""
				insert into session_note_amendment (note_id, section, text, reason, amended_by, amended_at)
				values (:note, :section, :text, :reason, :user, :now)
				""")
			.param("note", noteId)
			.param("section", section.name())
			.param("text", text)
			.param("reason", reason)
			.param("user", userId)
			.param("now", Db.utc(now))
			.update();
	}

	private void regions(long noteId, NoteContent c) {
		for (BodyRegion region : c.findingRegions()) {
			jdbc.sql("insert into session_note_region (note_id, region_code) values (:id, :code)")
				.param("id", noteId)
				.param("code", region.code())
				.update();
		}
	}

	private static Map<String, Object> content(NoteContent c) {
		Map<String, Object> p = new HashMap<>();
		p.put("subjective", c.subjective());
		p.put("pain", c.painToday());
		p.put("changed", c.healthChanged());
		p.put("objective", c.objective());
		p.put("assessment", c.assessment());
		p.put("response", c.responseSinceLast() == null ? null : c.responseSinceLast().name());
		p.put("planNext", c.planNext());
		p.put("planSelfCare", c.planSelfCare());
		p.put("summary", c.clientSummary());
		return p;
	}

	private List<SessionNote> load(String sql, long value) {
		List<Row> rows = jdbc.sql(sql).param("v", value).query((rs, i) -> new Row(rs.getLong("id"),
				rs.getLong("appointment_id"), rs.getLong("client_id"),
				new NoteContent(rs.getString("subjective"), rs.getObject("pain_today", Integer.class),
						rs.getObject("health_changed", Boolean.class), List.of(), rs.getString("objective"),
						rs.getString("assessment"),
						ResponseSinceLast.ofCode(rs.getString("response_since_last")).orElse(null),
						rs.getString("plan_next"), rs.getString("plan_self_care"), rs.getString("client_summary")),
				NoteStatus.valueOf(rs.getString("status")), rs.getInt("version"), Db.instant(rs, "updated_at"),
				rs.getString("signer"), Db.instant(rs, "signed_at")))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, List<BodyRegion>> regions = new HashMap<>();
		jdbc.sql("select note_id, region_code from session_note_region where note_id in (:ids)")
			.param("ids", ids)
			.query(rs -> {
				long noteId = rs.getLong("note_id");
				BodyRegion.ofCode(rs.getString("region_code"))
					.ifPresent(r -> regions.computeIfAbsent(noteId, k -> new ArrayList<>()).add(r));
			});
		Map<Long, List<SessionNote.Amendment>> amendments = new HashMap<>();
		jdbc.sql("""
				select m.*, u.display_name from session_note_amendment m join app_user u on u.id = m.amended_by
				where m.note_id in (:ids) order by m.amended_at, m.id
				""").param("ids", ids).query(rs -> {
			amendments.computeIfAbsent(rs.getLong("note_id"), k -> new ArrayList<>())
				.add(new SessionNote.Amendment(rs.getLong("id"), NoteSection.valueOf(rs.getString("section")),
						rs.getString("text"), rs.getString("reason"), rs.getString("display_name"),
						Db.instant(rs, "amended_at")));
		});
		return rows.stream().map(r -> {
			NoteContent c = r.content();
			NoteContent withRegions = new NoteContent(c.subjective(), c.painToday(), c.healthChanged(),
					regions.getOrDefault(r.id(), List.of()), c.objective(), c.assessment(), c.responseSinceLast(),
					c.planNext(), c.planSelfCare(), c.clientSummary());
			return new SessionNote(r.id(), r.appointmentId(), r.clientId(), withRegions, r.status(), r.version(),
					r.updatedAt(), r.signer(), r.signedAt(), amendments.getOrDefault(r.id(), List.of()));
		}).toList();
	}

}
