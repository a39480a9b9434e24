package org.fascia.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.fascia.clients.ClientAccounts;
import org.fascia.clients.ClientDirectory;
import org.fascia.identity.Account;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The wizard pages: steps, precise messages, resume, review, submit; staff entering a paper form. */
@FasciaIntegrationTest
@RecordApplicationEvents
class IntakePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientAccounts clientAccounts;

	@Autowired
	ClientDirectory clients;

	@Autowired
	IntakeResponses responses;

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	ApplicationEvents events;

	FasciaUser client;

	long clientId;

	@BeforeEach
	void signUp() {
		accounts.ensureClinic();
		Account account = clientAccounts.signUp(new ClientAccounts.SignUp("Robin", "Hale", TestAccounts.unique("client"),
				null, TestAccounts.PASSWORD));
		client = new FasciaUser(account.id(), account.email(), account.displayName(), Role.CLIENT, null, true, false);
		clientId = clients.idForUser(account.id()).orElseThrow();
	}

	MockHttpServletResponse page(FasciaUser who, String path) throws Exception {
		return mvc.perform(get(path).with(user(who))).andReturn().getResponse();
	}

	MockHttpServletResponse save(FasciaUser who, String path, int step, String action, Map<String, String> fields)
			throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(user(who)).with(csrf()).param("step", String.valueOf(step))
			.param("action", action);
		fields.forEach(request::param);
		return mvc.perform(request).andReturn().getResponse();
	}

	@Test
	void theFirstStepShowsProgressLabelledFieldsAndHelp() throws Exception {
		MockHttpServletResponse response = page(client, "/portal/intake");
		assertThat(response.getStatus()).isEqualTo(200);
		String html = response.getContentAsString();
		assertThat(html).contains("Step 1 of 12").contains("<progress").contains("About you")
			.contains("<label for=\"age\">How old are you?</label>").contains("aria-describedby=\"age-help\"")
			.contains("/js/intake.js").doesNotContain("Entering the client&#39;s paper form");
	}

	@Test
	void badInputGetsAPreciseMessageLinkedToItsFieldAndNothingIsSaved() throws Exception {
		Map<String, String> form = IntakeFixture.stepForm(questionnaires.current(), 0, IntakeFixture.completeForm());
		form.put("age", "300");
		MockHttpServletResponse response = save(client, "/portal/intake", 0, "next", form);
		assertThat(response.getStatus()).isEqualTo(200);
		String html = response.getContentAsString();
		assertThat(html).contains("Age must be between 0 and 120.").contains("aria-describedby=\"age-help age-error\"")
			.contains("href=\"#age\"").contains("value=\"300\"");
		assertThat(responses.draft(clientId, IntakeResponses.Source.CLIENT, null).answers()).isEmpty();

		form.put("age", "44");
		form.put("sex", "<script>");
		html = save(client, "/portal/intake", 0, "next", form).getContentAsString();
		assertThat(html).contains("is not one of the options for Sex").doesNotContain("'<script>'");
		form.put("sex", "female");
		assertThat(save(client, "/portal/intake", 99, "next", form).getStatus()).isEqualTo(400);
	}

	@Test
	void aClientLeavesAndComesBackWhereTheyLeftOffThenSubmits() throws Exception {
		Questionnaire q = questionnaires.current();
		Map<String, String> all = IntakeFixture.completeForm();
		MockHttpServletResponse first = save(client, "/portal/intake", 0, "next", IntakeFixture.stepForm(q, 0, all));
		assertThat(first.getRedirectedUrl()).isEqualTo("/portal/intake?step=1");
		save(client, "/portal/intake", 1, "next", IntakeFixture.stepForm(q, 1, all));

		String resumed = page(client, "/portal/intake").getContentAsString();
		assertThat(resumed).contains("Step 3 of 12").contains("Emergency contact");
		assertThat(page(client, "/portal/intake?step=0").getContentAsString()).contains("value=\"Robin\"").contains("value=\"44\"");
		assertThat(save(client, "/portal/intake", 2, "back", Map.of()).getRedirectedUrl()).isEqualTo("/portal/intake?step=1");

		String review = page(client, "/portal/intake/review").getContentAsString();
		assertThat(review).contains("Check your answers").contains("Not answered yet").contains("/portal/intake?step=2");
		MockHttpServletResponse early = mvc.perform(post("/portal/intake/submit").with(user(client)).with(csrf())).andReturn()
			.getResponse();
		assertThat(early.getStatus()).isEqualTo(200);
		assertThat(early.getContentAsString()).contains("still need an answer");

		for (int step = 2; step < q.steps().size(); step++) {
			MockHttpServletResponse saved = save(client, "/portal/intake", step, "next", IntakeFixture.stepForm(q, step, all));
			assertThat(saved.getStatus()).as("step " + step + ": " + saved.getContentAsString()).isEqualTo(302);
		}
		review = page(client, "/portal/intake/review").getContentAsString();
		assertThat(review).contains("3 weeks").contains("Yes, one leg").doesNotContain("Not answered yet")
			.contains("Sleep through the night &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain("<script>alert");
		MockHttpServletResponse submitted = mvc.perform(post("/portal/intake/submit").with(user(client)).with(csrf()))
			.andReturn().getResponse();
		// the client lands on their screening result (one place); the old address leads there too
		assertThat(submitted.getRedirectedUrl()).isEqualTo("/portal/screening?from=intake");
		assertThat(page(client, "/portal/screening?from=intake").getContentAsString()).contains("Thank you");
		assertThat(page(client, "/portal/intake/done").getRedirectedUrl()).isEqualTo("/portal/screening?from=intake");
		IntakeResponses.Summary summary = responses.latestSubmitted(clientId).orElseThrow();
		assertThat(summary.source()).isEqualTo(IntakeResponses.Source.CLIENT);
		assertThat(events.stream(IntakeSubmitted.class)).singleElement()
			.satisfies(e -> assertThat(e.staffEntered()).isFalse());
	}

	@Test
	void theSkippedPregnancyStepIsLeftOutForAClientWhoSaidMale() throws Exception {
		Questionnaire q = questionnaires.current();
		Map<String, String> all = IntakeFixture.completeForm();
		all.put("sex", "male");
		save(client, "/portal/intake", 0, "next", IntakeFixture.stepForm(q, 0, all));
		assertThat(page(client, "/portal/intake").getContentAsString()).contains("Step 2 of 11");
		int pregnancy = q.stepOf("pregnant");
		MockHttpServletResponse response = save(client, "/portal/intake", pregnancy - 1, "next",
				IntakeFixture.stepForm(q, pregnancy - 1, all));
		assertThat(response.getRedirectedUrl()).isEqualTo("/portal/intake?step=" + (pregnancy + 1));
	}

	@Test
	void staffEnterAPaperFormWithABannerAndItIsMarkedStaffEntered() throws Exception {
		FasciaUser desk = accounts.principal(Role.FRONT_DESK);
		String base = "/clients/" + clientId + "/intake";
		String html = page(desk, base).getContentAsString();
		assertThat(html).contains("Entering the client&#39;s paper form").contains("Robin Hale");
		Questionnaire q = questionnaires.current();
		Map<String, String> all = IntakeFixture.completeForm();
		for (int step = 0; step < q.steps().size(); step++) {
			assertThat(save(desk, base, step, "next", IntakeFixture.stepForm(q, step, all)).getStatus()).isEqualTo(302);
		}
		MockHttpServletResponse submitted = mvc.perform(post(base + "/submit").with(user(desk)).with(csrf())).andReturn()
			.getResponse();
		assertThat(submitted.getRedirectedUrl()).isEqualTo(base + "/done");
		IntakeResponses.Summary summary = responses.latestSubmitted(clientId).orElseThrow();
		assertThat(summary.source()).isEqualTo(IntakeResponses.Source.STAFF_ENTERED);
		assertThat(summary.enteredBy()).isEqualTo(desk.id());
		assertThat(events.stream(IntakeSubmitted.class)).singleElement().satisfies(e -> {
			assertThat(e.staffEntered()).isTrue();
			assertThat(e.userId()).isEqualTo(desk.id());
		});
		String view = page(desk, base + "/responses/" + summary.id()).getContentAsString();
		assertThat(view).contains("Staff, from the paper form").contains("How old are you?").contains("44");
	}

	@Test
	void aClientIdThatDoesNotExistIsNotFoundForStaffAndAClientCannotReachAnothersIntake() throws Exception {
		FasciaUser desk = accounts.principal(Role.FRONT_DESK);
		assertThat(page(desk, "/clients/999999/intake").getStatus()).isEqualTo(404);
		assertThat(page(desk, "/clients/999999/intake/review").getStatus()).isEqualTo(404);
		assertThat(page(client, "/clients/" + clientId + "/intake").getStatus()).isEqualTo(403);
		long other = clients.create(null, "Other", "Person", TestAccounts.unique("other"), null);
		long response = responses.store(other, Map.of("age", 30), IntakeResponses.Source.API, IntakeSubmitted.Kind.INTAKE,
				null, null);
		assertThat(page(desk, "/clients/" + clientId + "/intake/responses/" + response).getStatus()).isEqualTo(404);
	}

}
