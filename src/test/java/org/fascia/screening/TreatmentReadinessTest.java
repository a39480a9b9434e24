package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicTime;
import org.fascia.identity.Role;
import org.fascia.intake.IntakeResponses;
import org.fascia.intake.IntakeSubmitted;
import org.fascia.screening.TreatmentReadiness.Todo;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What is still to do before a treatment: intake, consent, screening, and the per-visit health check. */
@FasciaIntegrationTest
class TreatmentReadinessTest {

	@Autowired
	TreatmentReadiness readiness;

	@Autowired
	IntakeResponses intake;

	@Autowired
	ClientDirectory clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClinicTime clinicTime;

	long client;

	LocalDate today;

	Instant now;

	@BeforeEach
	void client() {
		accounts.ensureClinic();
		client = clients.create(null, "Ivy", "Marsh", null, null);
		today = clinicTime.today();
	}

	private void intake(Map<String, Object> answers) {
		intake.store(client, answers, IntakeResponses.Source.API, IntakeSubmitted.Kind.INTAKE, null, null);
	}

	@Test
	void withoutIntakeOrConsentBothAreToDo() {
		TreatmentReadiness.Readiness r = readiness.forAppointment(client, 900_001, true, today, null);
		assertThat(r.todo()).containsExactly(Todo.INTAKE, Todo.CONSENT);
		assertThat(r.summary()).isEqualTo("intake form, consent");
		assertThat(r.ready()).isFalse();
	}

	@Test
	void aConsultationNeedsNothing() {
		assertThat(readiness.forAppointment(client, 900_002, false, today, null).ready()).isTrue();
	}

	@Test
	void theFirstVisitAfterTheIntakeNeedsNoExtraCheckTheNextOneDoes() {
		intake(Map.of("antiplatelet", true));
		now = intake.latestSubmitted(client).orElseThrow().submittedAt();
		assertThat(readiness.forAppointment(client, 900_003, true, today, null).todo()).containsExactly(Todo.CONSENT);
		assertThat(readiness.forAppointment(client, 900_004, true, today, now.minus(30, ChronoUnit.DAYS)).todo())
			.as("the earlier visit came before the intake").containsExactly(Todo.CONSENT);
		TreatmentReadiness.Readiness second = readiness.forAppointment(client, 900_005, true, today.plusDays(7),
				now.plus(2, ChronoUnit.DAYS));
		assertThat(second.todo()).containsExactly(Todo.CONSENT, Todo.RESCREEN);
		assertThat(second.reScreenNeeded()).isTrue();

		intake.recordHealthChange(client, 900_005, false, Map.of(), IntakeResponses.Source.STAFF_ENTERED,
				accounts.principal(Role.FRONT_DESK).id());
		TreatmentReadiness.Readiness checked = readiness.forAppointment(client, 900_005, true, today.plusDays(7),
				now.plus(2, ChronoUnit.DAYS));
		assertThat(checked.todo()).containsExactly(Todo.CONSENT);
		assertThat(checked.healthCheck()).isPresent();
	}

	@Test
	void aBlockingScreeningIsToDoWithItsReasons() {
		intake(Map.of("fever", true));
		TreatmentReadiness.Readiness r = readiness.forAppointment(client, 900_006, true, today, null);
		assertThat(r.todo()).containsExactly(Todo.CONSENT, Todo.SCREENING);
		assertThat(r.screeningBlocks()).isTrue();
		assertThat(r.screeningReasons()).isNotEmpty();
		assertThat(r.gate().decision()).isEqualTo(Decision.URGENT_REFERRAL);
	}

	@Test
	void theConfirmationAsksUntilIntakeAndConsentAreDone() {
		assertThat(readiness.intakeOrConsentMissing(client)).isTrue();
		intake(Map.of("antiplatelet", true));
		assertThat(readiness.intakeOrConsentMissing(client)).as("consent still missing").isTrue();
	}

}
