package org.fascia.outcomes;

import java.time.Instant;
import java.util.stream.Collectors;

import org.fascia.clinic.ClinicSettings;
import org.fascia.clinic.ClinicTime;
import org.fascia.messaging.MailOutbox;
import org.fascia.messaging.OutgoingMail;
import org.fascia.platform.Words;
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

	private final Words words;

	OutcomeMails(MailOutbox outbox, ClinicSettings clinic, ClinicTime clinicTime, JdbcClient jdbc,
			@Value("${fascia.base-url}") String baseUrl, Words words) {
		this.outbox = outbox;
		this.clinic = clinic;
		this.clinicTime = clinicTime;
		this.jdbc = jdbc;
		this.baseUrl = baseUrl;
		this.words = words;
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
		String clinicName = clinic.current().map(c -> c.name()).orElseGet(() -> words.text("mail.outcomes.theClinic"));
		String link = UriComponentsBuilder.fromUriString(baseUrl).path("/outcomes/answer").queryParam("token", token)
			.toUriString();
		String what = request.instruments().stream().map(this::plain).distinct().collect(Collectors.joining(", "));
		String subject = switch (request.round()) {
			case VISIT -> words.text("mail.outcomes.subject.visit");
			case BASELINE -> words.text("mail.outcomes.subject.baseline");
			case REVIEW, WEEK_10 -> words.text("mail.outcomes.subject.progress");
			case DISCHARGE -> words.text("mail.outcomes.subject.discharge");
		};
		String intro = intro(request);
		String text = words.text("mail.outcomes.body", to.firstName(),
				again ? words.text("mail.outcomes.reminderIntro", intro) : intro, what,
				request.round() == OutcomeRound.VISIT ? words.text("mail.outcomes.takes.visit")
						: words.text("mail.outcomes.takes.set"),
				link, clinicTime.dateTime(expires), clinicName);
		outbox.enqueue(OutgoingMail.text(to.email(),
				again ? words.text("mail.outcomes.reminderSubject", subject) : subject, text));
	}

	private String intro(OutcomeRequest request) {
		return switch (request.round()) {
			case VISIT -> words.text("mail.outcomes.intro.visit", clinicTime.dateTime(visitStart(request)));
			case BASELINE -> words.text("mail.outcomes.intro.baseline");
			case REVIEW, WEEK_10 -> words.text("mail.outcomes.intro.progress");
			case DISCHARGE -> words.text("mail.outcomes.intro.discharge");
		};
	}

	private Instant visitStart(OutcomeRequest request) {
		return jdbc.sql("select start_at from appointment where id = :a").param("a", request.appointmentId())
			.query((rs, i) -> org.fascia.platform.Db.instant(rs, "start_at")).single();
	}

	/** What an instrument asks about, in the client's words. */
	String plain(Instrument instrument) {
		return switch (instrument) {
			case NPRS, PEG -> words.text("mail.outcomes.about.pain");
			case PSFS -> words.text("mail.outcomes.about.activities");
			case RMDQ, ODI -> words.text("mail.outcomes.about.disability");
			case STARTBACK -> words.text("mail.outcomes.about.startBack");
		};
	}

}
