package org.fascia.screening;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.Clinic;
import org.fascia.clinic.ClinicSettings;
import org.fascia.identity.Account;
import org.fascia.identity.Accounts;
import org.fascia.identity.Role;
import org.fascia.intake.IntakeResponses;
import org.fascia.intake.IntakeSubmitted;
import org.fascia.messaging.MailOutbox;
import org.fascia.messaging.OutgoingMail;
import org.fascia.platform.Words;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Screens every submitted intake, health-change or follow-up response at once, inside the submitting
 * transaction, so a client never sees "thank you" without a stored decision; an emergency or urgent
 * decision alerts the clinic (owners and front desk) through the email outbox in the same transaction.
 */
@Component
class IntakeScreening {

	private final IntakeResponses responses;

	private final Screening screening;

	private final ScreeningRecords records;

	private final ClientDirectory clients;

	private final Accounts accounts;

	private final ClinicSettings clinic;

	private final MailOutbox outbox;

	private final String baseUrl;

	private final Words words;

	IntakeScreening(IntakeResponses responses, Screening screening, ScreeningRecords records, ClientDirectory clients,
			Accounts accounts, ClinicSettings clinic, MailOutbox outbox, @Value("${fascia.base-url}") String baseUrl,
			Words words) {
		this.responses = responses;
		this.screening = screening;
		this.records = records;
		this.clients = clients;
		this.accounts = accounts;
		this.clinic = clinic;
		this.outbox = outbox;
		this.baseUrl = baseUrl;
		this.words = words;
	}

	@EventListener
	void on(IntakeSubmitted submitted) {
		Map<String, Object> all = responses.answers(submitted.responseId());
		Set<String> codes = screening.schema().codes();
		Map<String, Object> answers = new LinkedHashMap<>();
		all.forEach((code, value) -> {
			if (codes.contains(code) && value != null) {
				answers.put(code, value);
			}
		});
		ScreeningResult result = screening.evaluate(answers);
		ScreeningKind kind = switch (submitted.kind()) {
			case INTAKE -> ScreeningKind.INTAKE;
			case HEALTH_CHANGE -> ScreeningKind.HEALTH_CHANGE;
			case FOLLOW_UP -> ScreeningKind.FOLLOW_UP;
		};
		long id = records.store(submitted.clientId(), submitted.responseId(), kind, result, screening.rulesVersion(),
				submitted.staffEntered(), submitted.userId());
		alert(submitted.clientId(), id, result);
	}

	/** Emails the clinic about an emergency or urgent decision; the email names no finding (email is not private). */
	void alert(long clientId, long screeningId, ScreeningResult result) {
		if (!result.decision().isMoreRestrictiveThan(Decision.NEEDS_CLEARANCE)) {
			return;
		}
		boolean emergency = result.decision() == Decision.EMERGENCY_REFERRAL;
		String name = clients.contact(clientId)
			.map(c -> words.text("screening.clientName", c.firstName(), c.lastName()))
			.orElseGet(() -> words.text("screening.aClient"));
		String clinicName = clinic.current().map(Clinic::name).orElse("Fascia");
		String subject = emergency ? words.text("mail.screening.alert.subject.emergency", name)
				: words.text("mail.screening.alert.subject.urgent", name);
		String text = emergency
				? words.text("mail.screening.alert.body.emergency", name, String.valueOf(screeningId), baseUrl,
						String.valueOf(clientId), clinicName)
				: words.text("mail.screening.alert.body.urgent", name, String.valueOf(screeningId), baseUrl,
						String.valueOf(clientId), clinicName);
		for (Account staff : accounts.withRoles(Set.of(Role.OWNER, Role.FRONT_DESK))) {
			outbox.enqueue(OutgoingMail.text(staff.email(), subject, text));
		}
	}

}
