package org.fascia.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.care.RecommendationRequest.Experience;
import org.fascia.care.RecommendationRequest.Goal;
import org.fascia.care.RecommendationRequest.Pressure;
import org.fascia.care.RecommendationRequest.Sensitivity;
import org.fascia.clients.ClientDirectory;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.fascia.screening.Caution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations: the therapist's answers with the client, the client's current screening cautions
 * (taken automatically, so cautions always win) and {@link Recommender}'s advice, stored together and
 * never changed. Who may do this is the caller's check ({@link CareAccess}); every read and write is
 * audited here.
 */
@Service
public class Consultations {

	private final JdbcClient jdbc;

	private final SelfCarePrograms programs;

	private final ClientDirectory clients;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	Consultations(JdbcClient jdbc, SelfCarePrograms programs, ClientDirectory clients, AuditLog audit, Clock clock,
			Words words) {
		this.jdbc = jdbc;
		this.programs = programs;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
		this.words = words;
	}

	/**
	 * The latest consultation of the client, for other modules (the session note shows the pressure
	 * preference); audited.
	 */
	@Transactional(readOnly = true)
	public Optional<ConsultationSummary> latestConsultation(long clientId) {
		Optional<ConsultationSummary> latest = load(clientId, null).stream().findFirst()
			.map(c -> new ConsultationSummary(c.id(), c.clientId(), c.pressurePreference(), c.sensitivity(), c.goal(),
					c.approach(), c.createdAt()));
		audit.record("CONSULTATION_READ", "client", clientId, AuditOutcome.SUCCESS,
				latest.map(c -> "latest consultation " + c.consultationId()).orElse("no consultation yet"));
		return latest;
	}

	/**
	 * Runs the recommendation on the form and the client's current cautions and stores it.
	 * @throws ApiProblem 404 for an unknown client; 400 naming each invalid field
	 */
	@Transactional
	public Consultation save(long clientId, ConsultationForm form, long userId) {
		requireClient(clientId);
		List<Caution> cautions = programs.cautions(clientId);
		RecommendationRequest request = form.toRequest(cautions.stream().map(Caution::code).toList(), words);
		Recommendation r = Recommender.recommend(request);
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into consultation (client_id, pain_duration_days, goal, activity, pressure_preference, experience,
				                          sensitivity, approach, reasons, alternatives, evidence_note, created_by, created_at)
				values (:client, :days, :goal, :activity, :pressure, :experience, :sensitivity, :approach, :reasons,
				        :alternatives, :note, :user, :now)
				""")
			.param("client", clientId)
			.param("days", request.painDurationDays())
			.param("goal", request.goal().name())
			.param("activity", form.activityText())
			.param("pressure", request.pressurePreference().name())
			.param("experience", request.experience().name())
			.param("sensitivity", request.sensitivity().name())
			.param("approach", r.approach().name())
			.param("reasons", String.join("\n", r.reasons()))
			.param("alternatives", String.join("\n",
					r.alternatives().stream().map(a -> a.approach().name() + "\t" + a.why()).toList()))
			.param("note", r.evidenceNote())
			.param("user", userId)
			.param("now", Db.utc(clock.instant().truncatedTo(ChronoUnit.MICROS)))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		int n = 0;
		for (Caution c : cautions) {
			jdbc.sql("insert into consultation_caution (consultation_id, ordinal, code, caution_text) values (:id, :n, :code, :text)")
				.param("id", id).param("n", n++).param("code", c.code()).param("text", c.text()).update();
		}
		audit.record("CONSULTATION_RECORDED", "client", clientId, AuditOutcome.SUCCESS, "consultation " + id + ": "
				+ r.approach() + " recommended" + (cautions.isEmpty() ? "" : ", cautions " + request.cautions()));
		return load(clientId, id).get(0);
	}

	/** The client's consultations, the latest first; audited. */
	@Transactional(readOnly = true)
	public List<Consultation> list(long clientId) {
		requireClient(clientId);
		List<Consultation> list = load(clientId, null);
		audit.record("CONSULTATION_READ", "client", clientId, AuditOutcome.SUCCESS, list.size() + " consultation(s)");
		return list;
	}

	/** One consultation of this client; audited. */
	@Transactional(readOnly = true)
	public Optional<Consultation> find(long clientId, long consultationId) {
		Optional<Consultation> found = load(clientId, consultationId).stream().findFirst();
		found.ifPresent(c -> audit.record("CONSULTATION_READ", "client", clientId, AuditOutcome.SUCCESS,
				"consultation " + consultationId));
		return found;
	}

	private List<Consultation> load(long clientId, Long id) {
		List<Consultation> rows = jdbc.sql("select * from consultation where client_id = :client"
				+ (id == null ? "" : " and id = :id") + " order by created_at desc, id desc")
			.param("client", clientId)
			.param("id", id == null ? -1L : id)
			.query((rs, i) -> row(rs))
			.list();
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<Caution>> cautions = new LinkedHashMap<>();
		jdbc.sql("select * from consultation_caution where consultation_id in (:ids) order by consultation_id, ordinal")
			.param("ids", rows.stream().map(Consultation::id).toList())
			.query(rs -> {
				cautions.computeIfAbsent(rs.getLong("consultation_id"), k -> new ArrayList<>())
					.add(new Caution(rs.getString("code"), rs.getString("caution_text")));
			});
		return rows.stream().map(c -> new Consultation(c.id(), c.clientId(), c.painDurationDays(), c.goal(), c.activity(),
				c.pressurePreference(), c.experience(), c.sensitivity(), cautions.getOrDefault(c.id(), List.of()),
				c.approach(), c.reasons(), c.alternatives(), c.evidenceNote(), c.createdBy(), c.createdAt())).toList();
	}

	private static Consultation row(ResultSet rs) throws SQLException {
		List<Recommendation.Alternative> alternatives = new ArrayList<>();
		String alt = rs.getString("alternatives");
		if (alt != null && !alt.isEmpty()) {
			for (String line : alt.split("\n")) {
				String[] parts = line.split("\t", 2);
				alternatives.add(new Recommendation.Alternative(Approach.valueOf(parts[0]), parts.length > 1 ? parts[1] : ""));
			}
		}
		return new Consultation(rs.getLong("id"), rs.getLong("client_id"), rs.getInt("pain_duration_days"),
				Goal.valueOf(rs.getString("goal")), rs.getString("activity"),
				Pressure.valueOf(rs.getString("pressure_preference")), Experience.valueOf(rs.getString("experience")),
				Sensitivity.valueOf(rs.getString("sensitivity")), List.of(), Approach.valueOf(rs.getString("approach")),
				Arrays.asList(rs.getString("reasons").split("\n")), alternatives, rs.getString("evidence_note"),
				rs.getLong("created_by"), Db.instant(rs, "created_at"));
	}

	private void requireClient(long clientId) {
		if (!clients.exists(clientId)) {
			throw ApiProblem.notFound(words.text("care.problem.noClient", String.valueOf(clientId)));
		}
	}

}
