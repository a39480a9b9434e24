package org.fascia.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fascia.clients.ClientAccounts;
import org.fascia.clients.ClientDirectory;
import org.fascia.identity.Account;
import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A client fills their intake in real Chromium at phone width: a few steps, a conditional question
 * appearing as they answer, leaving, coming back where they left off, and submitting.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.test.context=browser-intake" })
@Import(TestAccounts.class)
class IntakeInBrowserTest {

	static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientAccounts clientAccounts;

	@Autowired
	ClientDirectory clients;

	@Autowired
	IntakeResponses responses;

	@BeforeAll
	static void start() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void stop() {
		chromium.close();
	}

	static void next(Page page) {
		org.fascia.support.BrowserForms.intakeNext(page);
	}

	static void answerTheRestNo(Page page) {
		org.fascia.support.BrowserForms.answerTheRestNo(page);
	}

	@Test
	void aClientFillsSomeStepsLeavesComesBackAndSubmits() {
		accounts.ensureClinic();
		String email = TestAccounts.unique("intake-browser");
		Account account = clientAccounts.signUp(new ClientAccounts.SignUp("Jamie", "Rivers", email, null, TestAccounts.PASSWORD));
		long clientId = clients.idForUser(account.id()).orElseThrow();
		String base = "http://127.0.0.1:" + port;
		try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800))) {
			Page page = context.newPage();
			page.navigate(base + "/login");
			page.getByLabel("Email").fill(email);
			page.getByLabel("Password").fill(TestAccounts.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			page.navigate(base + "/portal/intake");

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("About you"))).isVisible();
			assertThat(page.getByText("Step 1 of 12")).isVisible();
			page.getByLabel("First name").fill("Jamie");
			page.getByLabel("Last name").fill("Rivers");
			page.getByLabel("How old are you?").fill("300");
			page.getByLabel("Female").check();
			next(page);
			assertThat(page.locator("#age-error")).hasText("Age must be between 0 and 120.");
			assertThat(page.getByLabel("How old are you?")).hasAttribute("aria-invalid", "true");
			Chromium.screenshot(page, "intake-error");
			page.getByLabel("How old are you?").fill("38");
			next(page);

			assertThat(page.getByText("Step 2 of 12")).isVisible();
			page.getByLabel("Phone number").fill("07700 900333");
			next(page);
			page.getByLabel("Their name").fill("Alex Rivers");
			page.getByLabel("Their phone number").fill("07700 900444");
			next(page);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your doctor"))).isVisible();

			// leave, and come back later: the wizard continues where they left off
			page.navigate(base + "/portal");
			page.navigate(base + "/portal/intake");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your doctor"))).isVisible();
			assertThat(page.getByText("Step 4 of 12")).isVisible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back")).click();
			assertThat(page.getByLabel("Their name")).hasValue("Alex Rivers");
			next(page);
			next(page); // the doctor's details are optional

			// back pain: the below-the-knee question appears only once leg pain is answered
			page.getByLabel("How long has this episode of pain lasted?").fill("6");
			page.getByLabel("Unit").selectOption("weeks");
			page.getByLabel("Getting worse").check();
			assertThat(page.locator("#leg_pain_below_knee-field")).isVisible();
			page.locator("#leg_pain--none").check();
			assertThat(page.locator("#leg_pain_below_knee-field")).isHidden();
			page.locator("#leg_pain--one_leg").check();
			assertThat(page.locator("#leg_pain_below_knee-field")).isVisible();
			page.locator("#leg_pain_below_knee--true").check();
			answerTheRestNo(page);
			Chromium.screenshot(page, "intake-back-pain");
			next(page);

			for (int guard = 0; guard < 12 && !page.url().endsWith("/review"); guard++) {
				answerTheRestNo(page);
				next(page);
			}
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your answers"))).isVisible();
			assertThat(page.getByText("6 weeks")).isVisible();
			Chromium.screenshot(page, "intake-review");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit")).click();
			assertThat(page).hasURL(base + "/portal/screening?from=intake");
			assertThat(page.getByText("Thank you. Your answers have reached the clinic.")).isVisible();
		}
		IntakeResponses.Summary summary = responses.latestSubmitted(clientId).orElseThrow();
		Map<String, Object> answers = responses.answers(summary.id());
		assertThat(answers).containsEntry("age", 38).containsEntry("pain_duration_days", 42)
			.containsEntry("leg_pain", "one_leg").containsEntry("leg_pain_below_knee", true)
			.containsEntry("pain_trend", "worsening").containsEntry("emergency_contact_name", "Alex Rivers");
	}

}
