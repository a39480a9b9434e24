package org.fascia.charting;

import org.fascia.clinic.ClinicSettings;
import org.fascia.clinic.ClinicTime;
import org.fascia.messaging.MailOutbox;
import org.fascia.messaging.OutgoingMail;
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

	FollowUpMails(MailOutbox outbox, ClinicSettings clinic, ClinicTime clinicTime,
			@Value("${fascia.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.clinic = clinic;
		this.clinicTime = clinicTime;
		this.baseUrl = baseUrl;
	}

	void ask(FollowUpStore.Candidate candidate, FollowUpPolicy.Reason reason, String token) {
		String clinicName = clinic.current().map(c -> c.name()).orElse("The clinic");
		String link = UriComponentsBuilder.fromUriString(baseUrl).path("/follow-up").queryParam("token", token).toUriString();
		String text = """
				Hello %s,

				how is your back after your massage on %s? Three short questions help your therapist plan your next session:
				how it feels now, whether you were sore afterwards and for how long, and whether you have noticed anything new
				about your health.

				%s

				The link works once, for 7 days, and needs no password.

				A little soreness for a day or so after massage is common and settles by itself. If you notice anything
				that worries you (for example new numbness, weakness, or changes in bladder or bowel control), do not wait
				for the link: get medical help straight away.

				%s
				""".formatted(candidate.firstName(), clinicTime.date(candidate.start()), link, clinicName);
		outbox.enqueue(OutgoingMail.text(candidate.email(), "How is your back after your massage?", text));
	}

}
