package org.fascia.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.booking.AppointmentStatus;
import org.fascia.booking.AppointmentView;
import org.fascia.booking.ClientAppointments;
import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicSettings;
import org.fascia.messaging.MailOutbox;
import org.fascia.messaging.OutgoingMail;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.ErasureReport;
import org.fascia.platform.PersonalData;
import org.fascia.platform.Words;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests to erase a client's data, and carrying one out. The erasure runs in one transaction: every module's
 * {@link PersonalData#erase} deletes or anonymises what it may and reports what it keeps; the stored copies of
 * the client's emails are deleted; the request records what the client was told; and the email telling them goes
 * into the outbox. Anything failing rolls all of it back. Health records are kept for
 * {@code fascia.retention.clinical-years} (default 7) after the last visit, financial records for
 * {@code fascia.retention.financial-years} (default 6) after it.
 */
@Service
public class ErasureRequests {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final RowMapper<ErasureRequest> REQUEST = (rs, i) -> new ErasureRequest(rs.getLong("id"),
			rs.getLong("client_id"), rs.getString("first_name") + " " + rs.getString("last_name"),
			rs.getString("reason"), Db.instant(rs, "requested_at"), "OPEN".equals(rs.getString("status")),
			Db.instant(rs, "handled_at"), rs.getString("handled_by_name"), rs.getString("outcome"));

	private static final String SELECT = """
			select e.*, c.first_name, c.last_name, u.display_name as handled_by_name
			from erasure_request e join client c on c.id = e.client_id left join app_user u on u.id = e.handled_by
			""";

	private final JdbcClient jdbc;

	private final List<PersonalData> modules;

	private final ClientDirectory clients;

	private final ClientAppointments appointments;

	private final ClinicSettings settings;

	private final MailOutbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	private final int clinicalYears;

	private final int financialYears;

	private final Words words;

	ErasureRequests(JdbcClient jdbc, List<PersonalData> modules, ClientDirectory clients,
			ClientAppointments appointments, ClinicSettings settings, MailOutbox outbox, AuditLog audit, Clock clock,
			@Value("${fascia.retention.clinical-years:7}") int clinicalYears,
			@Value("${fascia.retention.financial-years:6}") int financialYears, Words words) {
		this.words = words;
		if (clinicalYears < 1 || financialYears < 1) {
			throw new IllegalArgumentException("Retention periods are at least one year");
		}
		this.jdbc = jdbc;
		this.modules = modules;
		this.clients = clients;
		this.appointments = appointments;
		this.settings = settings;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
		this.clinicalYears = clinicalYears;
		this.financialYears = financialYears;
	}

	/** How many years after the last visit health records are kept. */
	public int clinicalYears() {
		return clinicalYears;
	}

	/** The client asks for erasure; a second request while one is open is refused (409). */
	@Transactional
	public ErasureRequest request(long clientId, String reason, long userId) {
		String text = reason == null || reason.isBlank() ? null : reason.strip();
		if (text != null && text.length() > 2000) {
			throw ApiProblem.badRequest("reason", words.text("privacy.problem.reasonTooLong"));
		}
		if (openFor(clientId).isPresent()) {
			throw ApiProblem.conflict(words.text("privacy.problem.alreadyAsked"));
		}
		try {
			jdbc.sql("""
					insert into erasure_request (client_id, reason, requested_by, requested_at, status, open_client_id)
					values (:client, :reason, :user, :now, 'OPEN', :client)
					""")
				.param("client", clientId).param("reason", text).param("user", userId)
				.param("now", Db.utc(clock.instant())).update();
		}
		catch (DuplicateKeyException ex) {
			throw ApiProblem.conflict(words.text("privacy.problem.alreadyAsked"));
		}
		ErasureRequest request = openFor(clientId).orElseThrow();
		audit.record("ERASURE_REQUESTED", "client", clientId, AuditOutcome.SUCCESS, "request " + request.id());
		return request;
	}

	/** The requests not carried out yet, oldest first: for the owner's list and the staff inbox. */
	public List<ErasureRequest> openRequests() {
		return jdbc.sql(SELECT + " where e.status = 'OPEN' order by e.requested_at, e.id").query(REQUEST).list();
	}

	/** Every request, newest first. */
	public List<ErasureRequest> all() {
		return jdbc.sql(SELECT + " order by e.requested_at desc, e.id desc").query(REQUEST).list();
	}

	public Optional<ErasureRequest> find(long id) {
		return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(REQUEST).optional();
	}

	public Optional<ErasureRequest> openFor(long clientId) {
		return jdbc.sql(SELECT + " where e.open_client_id = :client").param("client", clientId).query(REQUEST)
			.optional();
	}

	List<Map<String, Object>> export(long clientId) {
		return PersonalData.rows(jdbc, """
				select id, reason, requested_at, status, handled_at, outcome from erasure_request
				where client_id = :client order by id
				""", clientId);
	}

	/** Until when health records are kept: the retention after the client's last visit (or today, if none). */
	LocalDate lastVisit(long clientId) {
		Instant now = clock.instant();
		return appointments.of(clientId).stream()
			.filter(a -> a.status() != AppointmentStatus.CANCELLED && a.start().isBefore(now))
			.map(AppointmentView::start)
			.max(Comparator.naturalOrder())
			.orElse(now)
			.atZone(settings.zone())
			.toLocalDate();
	}

	/**
	 * Carries out an open request: the owner's action.
	 * @throws ApiProblem 404 unknown request, 409 already carried out
	 */
	@Transactional
	public ErasureReport carryOut(long requestId, long ownerUserId) {
		ErasureRequest request = find(requestId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("privacy.problem.noSuchRequest")));
		if (!request.open()) {
			throw ApiProblem.conflict(words.text("privacy.problem.carriedOut"));
		}
		long clientId = request.clientId();
		ClientDirectory.ClientRecord client = clients.find(clientId).orElseThrow();
		String email = client.email();
		LocalDate last = lastVisit(clientId);
		ErasureReport report = new ErasureReport(last.plusYears(clinicalYears), last.plusYears(financialYears),
				words.text("privacy.erasure.keptClinical"), words.text("privacy.erasure.keptFinancial"));
		for (PersonalData module : modules.stream().sorted(Comparator.comparingInt(PersonalData::order)).toList()) {
			module.erase(clientId, report);
		}
		if (email != null && !email.isBlank()) {
			outbox.forget(email);
			report.deleted(words.text("privacy.erasure.deletedEmails"));
		}
		String outcome = outcome(client.firstName(), report, last);
		int changed = jdbc.sql("""
				update erasure_request set status = 'DONE', open_client_id = null, handled_by = :by, handled_at = :now,
				       outcome = :outcome
				where id = :id and status = 'OPEN'
				""")
			.param("by", ownerUserId).param("now", Db.utc(clock.instant())).param("outcome", outcome)
			.param("id", requestId).update();
		if (changed != 1) {
			throw ApiProblem.conflict(words.text("privacy.problem.carriedOut"));
		}
		if (email != null && !email.isBlank()) {
			outbox.enqueue(OutgoingMail.text(email, words.text("mail.privacy.erased.subject"), outcome));
		}
		audit.record("CLIENT_DATA_ERASED", "client", clientId, AuditOutcome.SUCCESS, "request " + requestId + ": "
				+ report.deleted().size() + " kinds deleted, " + report.kept().size() + " kept");
		return report;
	}

	/**
	 * The email and the stored outcome, in plain words: what was deleted, then what is kept, grouped by why and until
	 * when.
	 */
	String outcome(String firstName, ErasureReport report, LocalDate lastVisit) {
		StringBuilder deleted = new StringBuilder();
		report.deleted().forEach(line -> deleted.append(words.text("mail.privacy.erased.item", line)).append('\n'));
		Map<List<Object>, List<ErasureReport.Kept>> byWhy = new LinkedHashMap<>();
		report.kept().forEach(k -> byWhy.computeIfAbsent(List.of(k.why(), k.until()), x -> new java.util.ArrayList<>())
			.add(k));
		StringBuilder kept = new StringBuilder();
		byWhy.forEach((why, group) -> {
			group.forEach(k -> kept.append(words.text("mail.privacy.erased.item", k.what())).append('\n'));
			kept.append(words.text("mail.privacy.erased.why", group.get(0).why(), DATE.format(group.get(0).until())))
				.append('\n');
		});
		return words.text("mail.privacy.erased.body", firstName, deleted.toString(), DATE.format(lastVisit),
				kept.toString());
	}

}
