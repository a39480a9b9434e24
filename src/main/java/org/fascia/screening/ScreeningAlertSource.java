package org.fascia.screening;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clients.ClientDirectory;
import org.fascia.inbox.InboxItem;
import org.fascia.inbox.InboxSource;
import org.fascia.inbox.InboxViewer;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Intake alerts for the staff inbox: screenings of the last 30 days whose decision was an emergency or urgent
 * referral (the same ones {@link IntakeScreening} mails to the desk). For the owner and the front desk, with the
 * decision only: no finding, answer or caution.
 */
@Component
class ScreeningAlertSource implements InboxSource {

	static final Duration LISTED_FOR = Duration.ofDays(30);

	private final JdbcClient jdbc;

	private final ClientDirectory clients;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	private final ScreeningWords screeningWords;

	ScreeningAlertSource(JdbcClient jdbc, ClientDirectory clients, AuditLog audit, Clock clock, Words words) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
		this.words = words;
		this.screeningWords = new ScreeningWords(words);
	}

	@Override
	public String kind() {
		return "screening-alert";
	}

	@Override
	public String label() {
		return words.text("screening.inbox.label");
	}

	@Override
	public boolean shownTo(InboxViewer viewer) {
		return viewer.desk();
	}

	private record Alert(long id, long clientId, Decision decision, java.time.Instant at) {
	}

	@Override
	public List<InboxItem> items(InboxViewer viewer) {
		if (!viewer.desk()) {
			return List.of();
		}
		List<Alert> alerts = jdbc.sql("""
				select id, client_id, decision, created_at from screening
				where decision in ('EMERGENCY_REFERRAL', 'URGENT_REFERRAL') and created_at >= :since
				order by created_at desc, id desc
				""")
			.param("since", Db.utc(clock.instant().minus(LISTED_FOR)))
			.query((rs, i) -> new Alert(rs.getLong("id"), rs.getLong("client_id"), Decision.valueOf(rs.getString("decision")),
					Db.instant(rs, "created_at")))
			.list();
		audit.record("SCREENING_ALERTS_READ", "user", viewer.userId(), AuditOutcome.SUCCESS,
				alerts.size() + " emergency or urgent decision(s), decision only");
		Map<Long, String> names = new HashMap<>();
		return alerts.stream().map(a -> {
			String name = names.computeIfAbsent(a.clientId(), id -> clients.contact(id)
				.map(c -> words.text("screening.clientName", c.firstName(), c.lastName()))
				.orElseGet(() -> words.text("screening.aClient")));
			boolean emergency = a.decision() == Decision.EMERGENCY_REFERRAL;
			return new InboxItem(kind(), Long.toString(a.id()), a.at(),
					words.text("screening.inbox.title", screeningWords.decision(a.decision()), name),
					emergency ? words.text("screening.inbox.summary.emergency")
							: words.text("screening.inbox.summary.urgent"),
					"/clients/" + a.clientId() + "/screening", true);
		}).toList();
	}

}
