package org.fascia.charting;

import org.fascia.clinic.ClinicSettings;
import org.fascia.clinic.ClinicTime;
import org.fascia.messaging.MailOutbox;
import org.fascia.messaging.OutgoingMail;
import org.fascia.platform.Words;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The follow-up question by email, written to the outbox in the caller's transaction. It names no
 * clinical detail beyond the visit's date: the answers stay behind the link.
 */
@Component
class FollowUpMails {

	private final MailOutbox outbox;

	private final ClinicSettings clinic;

	private final ClinicTime clinicTime;

	private final String baseUrl;

	private final Words words;

	FollowUpMails(MailOutbox outbox, ClinicSettings clinic, ClinicTime clinicTime,
			@Value("${fascia.base-url}") String baseUrl, Words words) {
		this.outbox = outbox;
		this.clinic = clinic;
		this.clinicTime = clinicTime;
		this.baseUrl = baseUrl;
		this.words = words;
	}

	void ask(FollowUpStore.Candidate candidate, FollowUpPolicy.Reason reason, String token) {
		String clinicName = clinic.current().map(c -> c.name()).orElseGet(() -> words.text("mail.charting.theClinic"));
		String link = UriComponentsBuilder.fromUriString(baseUrl).path("/follow-up").queryParam("token", token).toUriString();
		String text = words.text("mail.charting.followUp.body", candidate.firstName(), clinicTime.date(candidate.start()),
				link, clinicName);
		outbox.enqueue(OutgoingMail.text(candidate.email(), words.text("mail.charting.followUp.subject"), text));
	}

}
