package org.fascia.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fascia.platform.Db;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The intake tables. Callers hold the transaction. */
@Component
class ResponseStore {

	enum Status {
		IN_PROGRESS, SUBMITTED
	}

	record Row(long id, long clientId, String url, String version, IntakeSubmitted.Kind kind, Status status,
			IntakeResponses.Source source, Long enteredBy, Long appointmentId, int currentStep, List<String> flags,
			Instant createdAt, Instant updatedAt, Instant submittedAt) {
	}

	private static final RowMapper<Row> ROW = ResponseStore::row;

	private final JdbcClient jdbc;

	ResponseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		String flags = rs.getString("review_flags");
		return new Row(rs.getLong("id"), rs.getLong("client_id"), rs.getString("questionnaire_url"),
				rs.getString("questionnaire_version"), IntakeSubmitted.Kind.valueOf(rs.getString("kind")),
				Status.valueOf(rs.getString("status")), IntakeResponses.Source.valueOf(rs.getString("source")),
				rs.getObject("entered_by", Long.class), rs.getObject("appointment_id", Long.class),
				rs.getInt("current_step"), flags == null || flags.isEmpty() ? List.of() : Arrays.asList(flags.split("\n")),
				Db.instant(rs, "created_at"), Db.instant(rs, "updated_at"), Db.instant(rs, "submitted_at"));
	}

	long insert(long clientId, Questionnaire questionnaire, IntakeSubmitted.Kind kind, Status status,
			IntakeResponses.Source source, Long userId, Long appointmentId, List<String> flags, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into intake_response (client_id, questionnaire_url, questionnaire_version, kind, status, source,
				    entered_by, appointment_id, current_step, review_flags, created_at, updated_at, submitted_at)
				values (:client, :url, :version, :kind, :status, :source, :user, :appointment, 0, :flags, :now, :now,
				    :submitted)
				""")
			.param("client", clientId)
			.param("url", questionnaire.url())
			.param("version", questionnaire.version())
			.param("kind", kind.name())
			.param("status", status.name())
			.param("source", source.name())
			.param("user", userId)
			.param("appointment", appointmentId)
			.param("flags", flags(flags))
			.param("now", Db.utc(now))
			.param("submitted", status == Status.SUBMITTED ? Db.utc(now) : null)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private static String flags(List<String> flags) {
		if (flags.isEmpty()) {
			return null;
		}
		String joined = String.join("\n", flags.stream().map(f -> f.replace('\n', ' ')).toList());
		return joined.length() <= 4000 ? joined : joined.substring(0, 3997) + "...";
	}

	Optional<Row> find(long id) {
		return jdbc.sql("select * from intake_response where id = :id").param("id", id).query(ROW).optional();
	}

	/** The response row, locked until the transaction ends (so two saves of one draft queue up). */
	Optional<Row> lock(long id) {
		return jdbc.sql("select * from intake_response where id = :id for update").param("id", id).query(ROW).optional();
	}

	Optional<Row> draft(long clientId, IntakeSubmitted.Kind kind) {
		return jdbc.sql("""
				select * from intake_response where client_id = :client and kind = :kind and status = 'IN_PROGRESS'
				order by updated_at desc, id desc limit 1
				""")
			.param("client", clientId)
			.param("kind", kind.name())
			.query(ROW)
			.optional();
	}

	Optional<Row> latestSubmitted(long clientId) {
		return jdbc.sql("""
				select * from intake_response where client_id = :client and status = 'SUBMITTED'
				order by submitted_at desc, id desc limit 1
				""")
			.param("client", clientId)
			.query(ROW)
			.optional();
	}

	List<Row> submitted(long clientId) {
		return jdbc.sql("""
				select * from intake_response where client_id = :client and status = 'SUBMITTED'
				order by submitted_at desc, id desc
				""")
			.param("client", clientId)
			.query(ROW)
			.list();
	}

	Map<String, Object> answers(long responseId) {
		Map<String, Object> answers = new LinkedHashMap<>();
		jdbc.sql("select * from intake_answer where response_id = :id order by link_id")
			.param("id", responseId)
			.query((rs, i) -> {
				Object value = switch (rs.getString("value_type")) {
					case "BOOLEAN" -> rs.getBoolean("value_boolean");
					case "INTEGER" -> rs.getInt("value_integer");
					default -> rs.getString("value_string");
				};
				answers.put(rs.getString("link_id"), value);
				return null;
			})
			.list();
		return answers;
	}

	void deleteAnswers(long responseId, Collection<String> linkIds) {
		if (!linkIds.isEmpty()) {
			jdbc.sql("delete from intake_answer where response_id = :id and link_id in (:links)")
				.param("id", responseId)
				.param("links", List.copyOf(linkIds))
				.update();
		}
	}

	void insertAnswers(long responseId, Map<String, Object> answers) {
		answers.forEach((linkId, value) -> {
			if (value == null) {
				return;
			}
			String type = value instanceof Boolean ? "BOOLEAN" : value instanceof Integer ? "INTEGER" : "STRING";
			jdbc.sql("""
					insert into intake_answer (response_id, link_id, value_type, value_boolean, value_integer, value_string)
					values (:id, :link, :type, :b, :i, :s)
					""")
				.param("id", responseId)
				.param("link", linkId)
				.param("type", type)
				.param("b", value instanceof Boolean b ? b : null)
				.param("i", value instanceof Integer n ? n : null)
				.param("s", value instanceof String s ? s : null)
				.update();
		});
	}

	void touch(long responseId, int step, IntakeResponses.Source source, Long userId, Instant now) {
		jdbc.sql("""
				update intake_response set current_step = :step, source = :source, entered_by = :user, updated_at = :now
				where id = :id
				""")
			.param("id", responseId)
			.param("step", step)
			.param("source", source.name())
			.param("user", userId)
			.param("now", Db.utc(now))
			.update();
	}

	void submit(long responseId, IntakeResponses.Source source, Long userId, List<String> flags, Instant now) {
		jdbc.sql("""
				update intake_response set status = 'SUBMITTED', source = :source, entered_by = :user, review_flags = :flags,
				    updated_at = :now, submitted_at = :now
				where id = :id and status = 'IN_PROGRESS'
				""")
			.param("id", responseId)
			.param("source", source.name())
			.param("user", userId)
			.param("flags", flags(flags))
			.param("now", Db.utc(now))
			.update();
	}

	long insertHealthCheck(long clientId, long appointmentId, boolean changed, Long responseId,
			IntakeResponses.Source source, Long userId, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into intake_health_check (client_id, appointment_id, changed, response_id, source, entered_by, checked_at)
				values (:client, :appointment, :changed, :response, :source, :user, :now)
				""")
			.param("client", clientId)
			.param("appointment", appointmentId)
			.param("changed", changed)
			.param("response", responseId)
			.param("source", source.name())
			.param("user", userId)
			.param("now", Db.utc(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<IntakeResponses.HealthCheck> healthCheck(long appointmentId) {
		return jdbc.sql("""
				select * from intake_health_check where appointment_id = :appointment
				order by checked_at desc, id desc limit 1
				""")
			.param("appointment", appointmentId)
			.query((rs, i) -> new IntakeResponses.HealthCheck(rs.getLong("id"), rs.getLong("client_id"),
					rs.getLong("appointment_id"), rs.getBoolean("changed"), rs.getObject("response_id", Long.class),
					IntakeResponses.Source.valueOf(rs.getString("source")), rs.getObject("entered_by", Long.class),
					Db.instant(rs, "checked_at")))
			.optional();
	}

}
