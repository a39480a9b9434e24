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

	IntakeScreening(IntakeResponses responses, Screening screening, ScreeningRecords records, ClientDirectory clients,
			Accounts accounts, ClinicSettings clinic, MailOutbox outbox, @Value("${fascia.base-url}") String baseUrl) {
		this.responses = responses;
		this.screening = screening;
		this.records = records;
		this.clients = clients;
		this.accounts = accounts;
		this.clinic = clinic;
		this.outbox = outbox;
		this.baseUrl = baseUrl;
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
		String name = clients.contact(clientId).map(c -> c.firstName() + " " + c.lastName()).orElse("A client");
		String clinicName = clinic.current().map(Clinic::name).orElse("Fascia");
		String subject = (emergency ? "Emergency referral: " : "Urgent referral: ") + name + "'s screening needs you today";
		String text = """
				%s's latest health answers (screening %d) call for %s.

				%s

				The client has been shown this advice on screen. Please contact them today, note what was
				said, and keep treatments off the calendar until they have been re-screened.

				Open the screening: %s/clients/%d/screening

				%s
				""".formatted(name, screeningId, emergency ? "an emergency referral" : "an urgent medical assessment",
				emergency ? "They were told to call emergency services or go to an emergency department now."
						: "They were told to see a doctor today or within the next few days.",
				baseUrl, clientId, clinicName);
		for (Account staff : accounts.withRoles(Set.of(Role.OWNER, Role.FRONT_DESK))) {
			outbox.enqueue(OutgoingMail.text(staff.email(), subject, text));
		}
	}

}
