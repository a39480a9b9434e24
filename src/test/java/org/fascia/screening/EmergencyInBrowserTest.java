package org.fascia.screening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jakarta.mail.internet.MimeMessage;

import org.fascia.clients.ClientAccounts;
import org.fascia.clients.ClientDirectory;
import org.fascia.identity.Account;
import org.fascia.identity.Role;
import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.fascia.support.TestAccounts;
import org.fascia.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A client walks through the intake in real Chromium at phone width, answers that passing urine has
 * newly become difficult, and on submitting sees the emergency page and nothing else; the clinic's front
 * desk gets the alert by email. Screenshot: target/screenshots/screening-emergency.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.test.context=browser-emergency" })
@Import(TestAccounts.class)
class EmergencyInBrowserTest {

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
	ScreeningRecords records;

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
	void anEmergencyAnswerShowsTheEmergencyPageAndAlertsTheFrontDesk() {
		accounts.ensureClinic();
		Account desk = accounts.create(Role.FRONT_DESK);
		String email = TestAccounts.unique("emergency-browser");
		Account account = clientAccounts.signUp(new ClientAccounts.SignUp("Avery", "Stone", email, null, TestAccounts.PASSWORD));
		long clientId = clients.idForUser(account.id()).orElseThrow();
		String base = "http://127.0.0.1:" + port;
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(360, 800))) {
			Page page = context.newPage();
			page.navigate(base + "/login");
			page.getByLabel("Email").fill(email);
			page.getByLabel("Password").fill(TestAccounts.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

			// the portal says what to do before the first visit
			page.navigate(base + "/portal");
			assertThat(page.getByText("Health questions: not started yet.")).isVisible();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Answer the health questions")).click();

			page.getByLabel("First name").fill("Avery");
			page.getByLabel("Last name").fill("Stone");
			page.getByLabel("How old are you?").fill("46");
			page.getByLabel("Male", new Page.GetByLabelOptions().setExact(true)).check();
			next(page);
			page.getByLabel("Phone number").fill("07700 900555");
			next(page);
			page.getByLabel("Their name").fill("Jo Stone");
			page.getByLabel("Their phone number").fill("07700 900666");
			next(page);
			next(page); // the doctor's details are optional
			page.getByLabel("How long has this episode of pain lasted?").fill("10");
			page.getByLabel("Unit").selectOption("days");
			page.getByLabel("About the same").check();
			answerTheRestNo(page);
			next(page);
			for (int guard = 0; guard < 12 && !page.url().endsWith("/review"); guard++) {
				if (page.locator("#bladder_change--true").isVisible()) {
					page.locator("#bladder_change--true").check();
				}
				answerTheRestNo(page);
				next(page);
			}
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your answers")))
				.isVisible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit")).click();

			// straight to the emergency page: one message, the number to call, the reasons, nothing to book
			assertThat(page).hasURL(base + "/portal/screening?from=intake");
			Locator alert = page.getByRole(AriaRole.ALERT);
			assertThat(alert).hasText(
					"Please get medical help now: call emergency services or go to the nearest emergency department.");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("999"))).hasAttribute("href",
					"tel:999");
			assertThat(page.getByText("Do not wait for your massage appointment.")).isVisible();
			assertThat(page.getByText("You told us about changes in bladder, bowel or sexual function")).isVisible();
			assertThat(page.getByText("has been told and will contact you")).isVisible();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book"))).hasCount(0);
			assertThat(page.getByRole(AriaRole.NAVIGATION)).hasCount(0);
			// fits a 360 px screen without sideways scrolling, and the number is reachable by keyboard
			assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
			page.keyboard().press("Tab");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("999"))).isFocused();
			Chromium.screenshot(page, "screening-emergency");

			// the portal's start page leads back to it, and offers no booking
			page.navigate(base + "/portal");
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Please get medical help now.");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book a visit"))).hasCount(0);
		}
		assertThat(records.current(clientId).orElseThrow().decision()).isEqualTo(Decision.EMERGENCY_REFERRAL);
		MimeMessage mail = TestMail.awaitMessageTo(desk.email(), Duration.ofSeconds(20));
		assertThat(TestMail.body(mail)).contains("Avery Stone").contains("emergency")
			.contains("/clients/" + clientId + "/screening");
	}

}
