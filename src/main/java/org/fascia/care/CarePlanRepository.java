package org.fascia.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.platform.Db;
import org.fascia.screening.Caution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The care plan tables; every query takes the client, so a plan is only ever read within its client. */
@Repository
class CarePlanRepository {

	private final JdbcClient jdbc;

	CarePlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long clientId, Long consultationId, Approach approach, int intervalWeeks, int plannedSessions,
			int sessionMinutes, LocalDate start, LocalDate review, List<PlanGoal> goals, List<Caution> cautions,
			List<Long> itemIds, long userId, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into care_plan (client_id, consultation_id, approach, interval_weeks, planned_sessions,
				                       session_minutes, start_date, review_date, created_by, created_at)
				values (:client, :consultation, :approach, :interval, :sessions, :minutes, :start, :review, :user, :now)
				""")
			.param("client", clientId)
			.param("consultation", consultationId)
			.param("approach", approach.name())
			.param("interval", intervalWeeks)
			.param("sessions", plannedSessions)
			.param("minutes", sessionMinutes)
			.param("start", start)
			.param("review", review)
			.param("user", userId)
			.param("now", Db.utc(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		int n = 0;
		for (PlanGoal g : goals) {
			jdbc.sql("""
					insert into care_plan_goal (plan_id, ordinal, kind, instrument, comparison, target, activity)
					values (:id, :n, :kind, :instrument, :comparison, :target, :activity)
					""")
				.param("id", id).param("n", n++).param("kind", g.kind().name()).param("instrument", g.instrument().name())
				.param("comparison", g.comparison().name()).param("target", g.target()).param("activity", g.activity())
				.update();
		}
		n = 0;
		for (Caution c : cautions) {
			jdbc.sql("insert into care_plan_caution (plan_id, ordinal, code, caution_text) values (:id, :n, :code, :text)")
				.param("id", id).param("n", n++).param("code", c.code()).param("text", c.text()).update();
		}
		for (Long item : itemIds) {
			jdbc.sql("insert into care_plan_self_care (plan_id, item_id) values (:id, :item)")
				.param("id", id).param("item", item).update();
		}
		return id;
	}

	/** Links the booked series and its appointments (the session length becomes the service's); false when the plan was booked already (or meanwhile). */
	boolean linkSeries(long clientId, long planId, long seriesId, long therapistId, long serviceId, int minutes,
			List<Long> appointmentIds, Instant now) {
		int changed = jdbc.sql("""
				update care_plan set series_id = :series, therapist_id = :therapist, service_id = :service,
				                     session_minutes = :minutes, booked_at = :now
				where id = :id and client_id = :client and series_id is null
				""")
			.param("series", seriesId).param("therapist", therapistId).param("service", serviceId).param("minutes", minutes)
			.param("now", Db.utc(now)).param("id", planId).param("client", clientId)
			.update();
		if (changed != 1) {
			return false;
		}
		for (Long a : appointmentIds) {
			jdbc.sql("insert into care_plan_visit (plan_id, appointment_id) values (:id, :a)")
				.param("id", planId).param("a", a).update();
		}
		return true;
	}

	/** The client's plans, newest first (one of them when an id is given). */
	List<CarePlan> load(long clientId, Long planId) {
		List<CarePlan> rows = jdbc.sql("select * from care_plan where client_id = :client"
				+ (planId == null ? "" : " and id = :id") + " order by created_at desc, id desc")
			.param("client", clientId)
			.param("id", planId == null ? -1L : planId)
			.query((rs, i) -> row(rs))
			.list();
		if (rows.isEmpty()) {
			return rows;
		}
		List<Long> ids = rows.stream().map(CarePlan::id).toList();
		Map<Long, List<PlanGoal>> goals = new LinkedHashMap<>();
		jdbc.sql("select * from care_plan_goal where plan_id in (:ids) order by plan_id, ordinal").param("ids", ids)
			.query(rs -> {
				goals.computeIfAbsent(rs.getLong("plan_id"), k -> new ArrayList<>())
					.add(new PlanGoal(PlanGoal.Kind.valueOf(rs.getString("kind")),
							PlanGoal.Instrument.valueOf(rs.getString("instrument")),
							PlanGoal.Comparison.valueOf(rs.getString("comparison")), rs.getInt("target"),
							rs.getString("activity")));
			});
		Map<Long, List<Caution>> cautions = new LinkedHashMap<>();
		jdbc.sql("select * from care_plan_caution where plan_id in (:ids) order by plan_id, ordinal").param("ids", ids)
			.query(rs -> {
				cautions.computeIfAbsent(rs.getLong("plan_id"), k -> new ArrayList<>())
					.add(new Caution(rs.getString("code"), rs.getString("caution_text")));
			});
		Map<Long, List<Long>> items = children("select plan_id, item_id as v from care_plan_self_care where plan_id in (:ids) order by item_id", ids);
		Map<Long, List<Long>> visits = children("select plan_id, appointment_id as v from care_plan_visit where plan_id in (:ids) order by appointment_id", ids);
		return rows.stream().map(p -> new CarePlan(p.id(), p.clientId(), p.consultationId(), p.approach(),
				p.intervalWeeks(), p.plannedSessions(), p.sessionMinutes(), p.startDate(), p.reviewDate(),
				goals.getOrDefault(p.id(), List.of()), cautions.getOrDefault(p.id(), List.of()),
				items.getOrDefault(p.id(), List.of()), p.seriesId(), p.therapistId(), p.serviceId(),
				visits.getOrDefault(p.id(), List.of()), p.createdBy(), p.createdAt())).toList();
	}

	/**
	 * The latest plan of every client who has one (newest by creation, then id), in one query, without goals,
	 * cautions, self-care or visits: for the clinic's outcome dashboard.
	 */
	List<CarePlan> latestOfEachClient() {
		return jdbc.sql("""
				select * from care_plan p
				where not exists (select 1 from care_plan n where n.client_id = p.client_id
				                  and (n.created_at > p.created_at or (n.created_at = p.created_at and n.id > p.id)))
				order by p.client_id
				""")
			.query((rs, i) -> row(rs))
			.list();
	}

	private Map<Long, List<Long>> children(String sql, List<Long> ids) {
		Map<Long, List<Long>> map = new LinkedHashMap<>();
		jdbc.sql(sql).param("ids", ids).query(rs -> {
			map.computeIfAbsent(rs.getLong("plan_id"), k -> new ArrayList<>()).add(rs.getLong("v"));
		});
		return map;
	}

	private static CarePlan row(ResultSet rs) throws SQLException {
		return new CarePlan(rs.getLong("id"), rs.getLong("client_id"), rs.getObject("consultation_id", Long.class),
				Approach.valueOf(rs.getString("approach")), rs.getInt("interval_weeks"), rs.getInt("planned_sessions"),
				rs.getInt("session_minutes"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("review_date", LocalDate.class), List.of(), List.of(), List.of(),
				rs.getObject("series_id", Long.class), rs.getObject("therapist_id", Long.class),
				rs.getObject("service_id", Long.class), List.of(), rs.getLong("created_by"), Db.instant(rs, "created_at"));
	}

}
