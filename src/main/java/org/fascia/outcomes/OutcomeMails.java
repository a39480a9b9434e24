package org.fascia.outcomes;

import java.time.Instant;
import java.util.stream.Collectors;

import org.fascia.clinic.ClinicSettings;
import org.fascia.clinic.ClinicTime;
import org.fascia.messaging.MailOutbox;
import org.fascia.messaging.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A questionnaire round by email, written to the outbox in the caller's transaction. It names what is asked and
 * until when, never a score: the answers stay behind the single-use link.
 */
@Component
class OutcomeMails {

	private final MailOutbox outbox;

	private final ClinicSettings clinic;

	private final ClinicTime clinicTime;

	private final JdbcClient jdbc;

	private final String baseUrl;

	OutcomeMails(MailOutbox outbox, ClinicSettings clinic, ClinicTime clinicTime, JdbcClient jdbc,
			@Value("${fascia.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.clinic = clinic;
		this.clinicTime = clinicTime;
		this.jdbc = jdbc;
		this.baseUrl = baseUrl;
	}

	private record Recipient(String firstName, String email) {
	}

	/** Mails the link; a client without an email address still finds the round in the portal. */
	void ask(OutcomeRequest request, String token, Instant expires, boolean again) {
		Recipient to = jdbc.sql("select first_name, email from client where id = :id").param("id", request.clientId())
			.query((rs, i) -> new Recipient(rs.getString("first_name"), rs.getString("email"))).single();
		if (to.email() == null || to.email().isBlank()) {
			return;
		}
		String clinicName = clinic.current().map(c -> c.name()).orElse("The clinic");
		String link = UriComponentsBuilder.fromUriString(baseUrl).path("/outcomes/answer").queryParam("token", token)
			.toUriString();
		String what = request.instruments().stream().map(OutcomeMails::plain).distinct().collect(Collectors.joining(", "));
		String subject = switch (request.round()) {
			case VISIT -> "Before your visit: how is your pain today?";
			case BASELINE -> "Your starting point: a few questions about your back";
			case REVIEW, WEEK_10 -> "How is your back? A short progress check";
			case DISCHARGE -> "Your care plan is ending: how is your back now?";
		};
		String text = """
				Hello %s,

				%s
				It asks about: %s. It takes %s.

				%s

				The link works once, until %s, and needs no password. You can also answer in your account under "Questionnaires".

				If something about your health has changed or worries you (for example new numbness, weakness, or changes
				in bladder or bowel control), do not wait for the questionnaire: get medical help straight away.

				%s
				""".formatted(to.firstName(), (again ? "A reminder: " : "") + intro(request), what,
				request.round() == OutcomeRound.VISIT ? "less than a minute" : "about five minutes", link,
				clinicTime.dateTime(expires), clinicName);
		outbox.enqueue(OutgoingMail.text(to.email(), (again ? "Reminder: " : "") + subject, text));
	}

	private String intro(OutcomeRequest request) {
		return switch (request.round()) {
			case VISIT -> "before your massage on " + clinicTime.dateTime(visitStart(request))
					+ ", please rate your pain today, so your therapist can see how you are responding.";
			case BASELINE -> "before your first treatment, a few questions record where you are starting from, so you and your therapist can see what changes.";
			case REVIEW, WEEK_10 -> "you are some weeks into your care plan. The same questions as at the start show how far you have come.";
			case DISCHARGE -> "your care plan is ending. The same questions as at the start show what has changed.";
		};
	}

	private Instant visitStart(OutcomeRequest request) {
		return jdbc.sql("select start_at from appointment where id = :a").param("a", request.appointmentId())
			.query((rs, i) -> org.fascia.platform.Db.instant(rs, "start_at")).single();
	}

	static String plain(Instrument instrument) {
		return switch (instrument) {
			case NPRS, PEG -> "your pain and how it affects you";
			case PSFS -> "activities that matter to you";
			case RMDQ, ODI -> "what your back stops you doing";
			case STARTBACK -> "how your back pain is affecting you";
		};
	}

}
