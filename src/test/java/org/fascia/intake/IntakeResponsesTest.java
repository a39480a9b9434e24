package org.fascia.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fascia.audit.AuditLog;
import org.fascia.clients.ClientDirectory;
import org.fascia.platform.ApiProblem;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Responses on the database: store, draft, resume, submit, health change; events and audit. */
@FasciaIntegrationTest
@RecordApplicationEvents
class IntakeResponsesTest {

	@Autowired
	IntakeResponses responses;

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	ClientDirectory clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	ApplicationEvents events;

	@Autowired
	org.thymeleaf.spring6.SpringTemplateEngine templates;

	long clientId;

	@BeforeEach
	void client() {
		accounts.ensureClinic();
		clientId = clients.create(null, "Robin", "Hale", TestAccounts.unique("intake"), null);
	}

	int answerRows() {
		return jdbc.sql("select count(*) from intake_answer").query(Integer.class).single();
	}

	@Test
	void storedAnswersComeBackTypedWithTheirSummaryAndAnEvent() {
		Map<String, Object> answers = Map.of("age", 61, "fever", true, "sex", "male", "goals", "<b>walk</b>",
				"pain_duration_days", 40);
		long id = responses.store(clientId, answers, IntakeResponses.Source.API, IntakeSubmitted.Kind.INTAKE, null, null);
		assertThat(responses.answers(id)).containsExactlyInAnyOrderEntriesOf(answers);
		assertThat(responses.answers(id).get("age")).isInstanceOf(Integer.class);
		assertThat(responses.answers(id).get("fever")).isInstanceOf(Boolean.class);
		IntakeResponses.Summary summary = responses.latestSubmitted(clientId).orElseThrow();
		assertThat(summary.id()).isEqualTo(id);
		assertThat(summary.source()).isEqualTo(IntakeResponses.Source.API);
		assertThat(summary.version()).isEqualTo("1");
		assertThat(summary.submittedAt()).isNotNull();
		assertThat(responses.history(clientId)).extracting(IntakeResponses.Summary::id).containsExactly(id);
		assertThat(events.stream(IntakeSubmitted.class)).containsExactly(
				new IntakeSubmitted(clientId, id, IntakeSubmitted.Kind.INTAKE, null, false, null));
		assertThat(audit.forSubject("intake_response", String.valueOf(id))).extracting(e -> e.action())
			.contains("INTAKE_SUBMITTED", "INTAKE_READ");
		IntakeResponses.View view = responses.view(id);
		assertThat(view.steps().get(0).answers()).extracting(IntakeResponses.AnswerLine::answer).contains("61", "Male");
	}

	@Test
	void invalidAnswersAreRejectedNamingEachFieldAndNothingIsStored() {
		int before = answerRows();
		assertThatThrownBy(() -> responses.store(clientId, Map.of("age", 300, "fever", "yes", "pregnant_weeks", 12),
				IntakeResponses.Source.API, IntakeSubmitted.Kind.INTAKE, null, null))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors())
				.containsEntry("age", "Age must be between 0 and 120.")
				.containsEntry("fever", "fever must be true or false.")
				.doesNotContainKey("pregnant_weeks"));
		assertThat(answerRows()).isEqualTo(before);
		assertThat(responses.latestSubmitted(clientId)).isEmpty();
		assertThatThrownBy(() -> responses.store(999_999L, Map.of(), IntakeResponses.Source.API,
				IntakeSubmitted.Kind.INTAKE, null, null)).isInstanceOf(ApiProblem.class).hasMessageContaining("no client");
	}

	@Test
	void answersOutsideTheQuestionnaireAreKeptShownApartAndCarriedForward() {
		long id = responses.store(clientId, Map.of("age", 40), Map.of("startback_total", 6, "startback_psychosocial", 4),
				IntakeResponses.Source.API, IntakeSubmitted.Kind.INTAKE, null, null);
		assertThat(responses.answers(id)).containsEntry("age", 40).containsEntry("startback_psychosocial", 4);
		IntakeResponses.StepView outside = responses.view(id).steps().get(responses.view(id).steps().size() - 1);
		assertThat(outside.heading()).startsWith("Other answers");
		assertThat(outside.answers()).extracting(IntakeResponses.AnswerLine::answer).containsExactlyInAnyOrder("6", "4");

		java.util.Map<String, Object> changes = new java.util.HashMap<>();
		changes.put("fever", true);
		responses.recordHealthChange(clientId, 77, true, changes, IntakeResponses.Source.CLIENT, null);
		long changed = responses.latestSubmitted(clientId).orElseThrow().id();
		assertThat(responses.answers(changed)).containsEntry("fever", true).containsEntry("startback_total", 6);

		// a question is never an outside answer, and an outside answer is a plain value
		assertThatThrownBy(() -> responses.store(clientId, Map.of(), Map.of("age", 40), IntakeResponses.Source.API,
				IntakeSubmitted.Kind.INTAKE, null, null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> responses.store(clientId, Map.of(), Map.of("score", List.of(1)),
				IntakeResponses.Source.API, IntakeSubmitted.Kind.INTAKE, null, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(responses.history(clientId)).hasSize(2);
	}

	@Test
	void pregnancyAnsweredForAClientWhoSaidMaleIsKeptAndFlagged() {
		long id = responses.store(clientId, Map.of("sex", "male", "pregnant_weeks", 20), IntakeResponses.Source.API,
				IntakeSubmitted.Kind.INTAKE, null, null);
		assertThat(responses.answers(id)).containsEntry("pregnant_weeks", 20);
		IntakeResponses.Summary summary = responses.latestSubmitted(clientId).orElseThrow();
		assertThat(summary.needsReview()).isTrue();
		assertThat(summary.reviewFlags()).singleElement().asString().contains("sex is male");
	}

	@Test
	void theWizardSavesEachStepResumesAndSubmits() {
		IntakeResponses.Draft draft = responses.draft(clientId, IntakeResponses.Source.CLIENT, null);
		Questionnaire q = draft.questionnaire();
		long id = draft.row().id();
		Map<String, String> all = IntakeFixture.completeForm();

		// required answers are enforced on "next", nothing saved
		Map<String, String> partial = new HashMap<>(IntakeFixture.stepForm(q, 0, all));
		partial.remove("age");
		partial.put("first_name", "x".repeat(101));
		Map<String, String> errors = responses.saveStep(clientId, id, 0, partial, true, 1, IntakeResponses.Source.CLIENT, null);
		assertThat(errors).containsEntry("age", "Please answer this question (Age).")
			.containsEntry("first_name", "First name is too long: 101 characters, at most 100.");
		assertThat(responses.draft(clientId, IntakeResponses.Source.CLIENT, null).answers()).isEmpty();

		// "back" saves what is valid without requiring the rest
		partial.put("first_name", "Robin");
		assertThat(responses.saveStep(clientId, id, 0, partial, false, 0, IntakeResponses.Source.CLIENT, null)).isEmpty();
		assertThat(responses.draft(clientId, IntakeResponses.Source.CLIENT, null).answers()).containsEntry("first_name", "Robin")
			.doesNotContainKey("age");

		for (int step = 0; step < 3; step++) {
			assertThat(responses.saveStep(clientId, id, step, IntakeFixture.stepForm(q, step, all), true, step + 1,
					IntakeResponses.Source.CLIENT, null)).isEmpty();
		}
		// leaving and coming back: the same draft, where they left off, answers kept
		IntakeResponses.Draft resumed = responses.draft(clientId, IntakeResponses.Source.CLIENT, null);
		assertThat(resumed.row().id()).isEqualTo(id);
		assertThat(resumed.row().currentStep()).isEqualTo(3);
		assertThat(resumed.answers()).containsEntry("age", 44).containsEntry("emergency_contact_name", "Sam Hale");

		assertThat(responses.submit(clientId, id, IntakeResponses.Source.CLIENT, null)).containsKey("pain_duration_days");
		assertThat(events.stream(IntakeSubmitted.class)).isEmpty();

		for (int step : resumed.enabledSteps()) {
			assertThat(responses.saveStep(clientId, id, step, IntakeFixture.stepForm(q, step, all), true, step + 1,
					IntakeResponses.Source.CLIENT, null)).as("step " + step).isEmpty();
		}
		assertThat(responses.submit(clientId, id, IntakeResponses.Source.CLIENT, null)).isEmpty();
		Map<String, Object> answers = responses.answers(id);
		assertThat(answers).containsEntry("pain_duration_days", 21).containsEntry("leg_pain_below_knee", true)
			.containsEntry("goals", "Sleep through the night <script>alert('x')</script>")
			.containsEntry("pregnant", false).doesNotContainKey("pregnant_weeks");
		assertThat(events.stream(IntakeSubmitted.class)).containsExactly(
				new IntakeSubmitted(clientId, id, IntakeSubmitted.Kind.INTAKE, null, false, null));
		// a submitted response is no draft: the next visit starts a new one
		assertThat(responses.draft(clientId, IntakeResponses.Source.CLIENT, null).row().id()).isNotEqualTo(id);
	}

	@Test
	void answersThatStopApplyingAreDroppedOnSave() {
		IntakeResponses.Draft draft = responses.draft(clientId, IntakeResponses.Source.CLIENT, null);
		int step = draft.questionnaire().stepOf("leg_pain");
		Map<String, String> form = new HashMap<>(IntakeFixture.stepForm(draft.questionnaire(), step, IntakeFixture.completeForm()));
		form.put("leg_pain", "none");
		form.put("leg_pain_below_knee", "true");
		assertThat(responses.saveStep(clientId, draft.row().id(), step, form, true, step + 1, IntakeResponses.Source.CLIENT,
				null)).isEmpty();
		assertThat(responses.draft(clientId, IntakeResponses.Source.CLIENT, null).answers()).containsEntry("leg_pain", "none")
			.doesNotContainKeys("leg_pain_below_knee", "leg_pain_became_bilateral");
	}

	@Test
	void aHealthChangeAppliesTheChangedAnswersToTheLatestOnes() {
		long first = responses.store(clientId, Map.of("age", 50, "fever", false, "anticoagulant", false, "pregnant_weeks", 10),
				IntakeResponses.Source.API, IntakeSubmitted.Kind.INTAKE, null, null);
		long unchanged = responses.recordHealthChange(clientId, 77L, false, Map.of(), IntakeResponses.Source.CLIENT, null);
		IntakeResponses.HealthCheck check = responses.healthCheckFor(77L).orElseThrow();
		assertThat(check.id()).isEqualTo(unchanged);
		assertThat(check.changed()).isFalse();
		assertThat(check.responseId()).isNull();
		assertThat(responses.latestSubmitted(clientId).orElseThrow().id()).isEqualTo(first);

		Map<String, Object> changes = new HashMap<>();
		changes.put("anticoagulant", true);
		changes.put("pregnant_weeks", null);
		responses.recordHealthChange(clientId, 78L, true, changes, IntakeResponses.Source.STAFF_ENTERED, null);
		IntakeResponses.HealthCheck changed = responses.healthCheckFor(78L).orElseThrow();
		assertThat(changed.changed()).isTrue();
		IntakeResponses.Summary latest = responses.latestSubmitted(clientId).orElseThrow();
		assertThat(latest.id()).isEqualTo(changed.responseId());
		assertThat(latest.kind()).isEqualTo(IntakeSubmitted.Kind.HEALTH_CHANGE);
		assertThat(latest.appointmentId()).isEqualTo(78L);
		assertThat(responses.answers(latest.id())).containsEntry("age", 50).containsEntry("fever", false)
			.containsEntry("anticoagulant", true).doesNotContainKey("pregnant_weeks");
		assertThat(responses.answers(first)).containsEntry("anticoagulant", false);
		assertThat(events.stream(IntakeSubmitted.class)).contains(
				new IntakeSubmitted(clientId, latest.id(), IntakeSubmitted.Kind.HEALTH_CHANGE, 78L, true, null));

		assertThatThrownBy(() -> responses.recordHealthChange(clientId, 79L, true, Map.of("fever", "very"),
				IntakeResponses.Source.CLIENT, null)).isInstanceOf(ApiProblem.class);
		assertThat(responses.healthCheckFor(79L)).isEmpty();
	}

	@Test
	void theHealthChangeFormShowsTheScreeningItemsPrefilled() {
		responses.store(clientId, Map.of("fever", true, "leg_pain", "none"), IntakeResponses.Source.API,
				IntakeSubmitted.Kind.INTAKE, null, null);
		List<IntakeForm.Step> steps = responses.healthChangeForm(clientId, null, null);
		List<IntakeForm.Field> fields = steps.stream().flatMap(s -> s.fields().stream()).toList();
		assertThat(fields).extracting(IntakeForm.Field::linkId).contains("fever", "clot_diagnosed", "dvt_history_weeks")
			.doesNotContain("first_name", "phone", "goals", "medications");
		assertThat(fields).filteredOn(f -> f.linkId().equals("fever")).singleElement()
			.extracting(IntakeForm.Field::value).isEqualTo("true");
		assertThat(fields).filteredOn(f -> f.linkId().equals("leg_pain_below_knee")).singleElement()
			.extracting(IntakeForm.Field::hidden).isEqualTo(true);
		org.thymeleaf.context.Context context = new org.thymeleaf.context.Context();
		context.setVariable("healthSteps", steps);
		context.setVariable("action", "/portal/appointments/1/health");
		String html = templates.process("intake-test/health-change-host", context);
		assertThat(html).contains("Has anything about your health changed since your last visit?")
			.contains("action=\"/portal/appointments/1/health\"").contains("id=\"fever--true\" name=\"fever\" value=\"true\" checked")
			.contains("data-when=").doesNotContain("first_name");
		Map<String, String> form = new HashMap<>();
		form.put("fever", "false");
		form.put("clot_diagnosed", "true");
		form.put("dvt_history_weeks", "8");
		assertThat(responses.fromForm(form)).containsEntry("fever", false).containsEntry("dvt_history_weeks", 8);
		form.put("dvt_history_weeks", "-3");
		assertThatThrownBy(() -> responses.fromForm(form)).isInstanceOfSatisfying(ApiProblem.class,
				p -> assertThat(p.errors()).containsEntry("dvt_history_weeks",
						"Weeks since the clot was diagnosed must be between 0 and 5200."));
	}

}
