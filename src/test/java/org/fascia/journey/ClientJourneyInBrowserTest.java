package org.fascia.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import org.fascia.support.Axe;
import org.fascia.support.BrowserForms;
import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.fascia.support.DemoClinicInBrowser;
import org.fascia.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 7's "done when" in real Chromium on a 360 px phone, in the demo clinic: a person with back pain opens the
 * clinic's home page, takes the self-check, creates an account, confirms the email from the link in the mail that
 * reached the SMTP server (GreenMail), fills
 * in the health questions, books a visit and lands in the portal with the visit and what is still to do. Every page
 * on the way is axe-clean and fits the screen. Screenshots: target/screenshots/client-journey-*.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-client-journey" })
class ClientJourneyInBrowserTest extends DemoClinicInBrowser {

	static final String EMAIL = "jordan.reed@example.org";

	static final String PASSWORD = "my lower back needs care";

	static void clean(Page page, String screenshot) {
		fitsIn(page, 360);
		Axe.clean(page);
		if (screenshot != null) {
			Chromium.screenshot(page, "client-journey-" + screenshot);
		}
	}

	static void next(Page page) {
		BrowserForms.intakeNext(page);
	}

	static void answerTheRestNo(Page page) {
		BrowserForms.answerTheRestNo(page);
	}

	/** The confirmation link of the mail that reached the (GreenMail) inbox; quoted-printable soft breaks undone. */
	static String confirmationLink() {
		String body = TestMail.body(TestMail.awaitMessageTo(EMAIL, java.time.Duration.ofSeconds(60)))
			.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
		Matcher m = Pattern.compile("/signup/verify\\?token=[A-Za-z0-9_-]+").matcher(body);
		if (!m.find()) {
			throw new AssertionError("no confirmation link in the mail to " + EMAIL + ":\n" + body);
		}
		return m.group();
	}

	@Test
	void fromTheHomePageThroughTheSelfCheckSignUpConfirmationIntakeAndBookingToThePortal() {
		String base = base();
		try (BrowserContext phone = chromium.browser().newContext(phone())) {
			Page page = phone.newPage();

			// 1. The clinic's home page and the self-check
			page.navigate(base + "/");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.containsText("Contact us today about your back pain");
			clean(page, "home");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Take the two-minute self-check")).click();
			BrowserForms.selfCheckWithoutWarningSigns(page);
			assertThat(page.locator("#self-check-result")).containsText("Cherkin 2011");
			clean(page, "self-check");

			// 2. An account, confirmed from the link in the mail
			page.navigate(base + "/signup");
			page.getByLabel("First name").fill("Jordan");
			page.getByLabel("Last name").fill("Reed");
			page.getByLabel("Email").fill(EMAIL);
			page.getByLabel("Choose a password").fill(PASSWORD);
			page.getByLabel("I have read the privacy notice and agree to it").check();
			clean(page, "sign-up");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your inbox"))).isVisible();
			clean(page, null);
			page.navigate(base + confirmationLink());
			clean(page, null);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my email address")).click();
			page.waitForURL(url -> !url.contains("/signup/verify"));
			if (page.url().contains("/login")) {
				signIn(page, base, EMAIL, PASSWORD);
			}

			// 3. The health questions
			page.navigate(base + "/portal/intake");
			assertThat(page.getByText("Step 1 of 12")).isVisible();
			clean(page, "intake");
			page.getByLabel("First name").fill("Jordan");
			page.getByLabel("Last name").fill("Reed");
			page.getByLabel("How old are you?").fill("44");
			page.getByLabel("Male", new Page.GetByLabelOptions().setExact(true)).check();
			next(page);
			page.getByLabel("Phone number").fill("07700 900777");
			next(page);
			page.getByLabel("Their name").fill("Sam Reed");
			page.getByLabel("Their phone number").fill("07700 900778");
			next(page);
			for (int guard = 0; guard < 14 && !page.url().endsWith("/review"); guard++) {
				if (page.getByLabel("How long has this episode of pain lasted?").count() > 0
						&& page.getByLabel("How long has this episode of pain lasted?").inputValue().isEmpty()) {
					page.getByLabel("How long has this episode of pain lasted?").fill("16");
					page.getByLabel("Unit").selectOption("weeks");
				}
				answerTheRestNo(page);
				next(page);
			}
			if (!page.url().endsWith("/review")) {
				Chromium.screenshot(page, "client-journey-stuck");
			}
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your answers"))).isVisible();
			clean(page, null);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit")).click();
			assertThat(page.getByText("Thank you. Your answers have reached the clinic.")).isVisible();
			clean(page, null);

			// 4. Booking a visit
			page.navigate(base + "/book");
			clean(page, "book");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deep tissue massage (60 min)")).first().click();
			page.getByLabel("Therapist").selectOption(new SelectOption().setLabel("Maya Chen"));
			LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(4);
			while (day.getDayOfWeek().getValue() > DayOfWeek.THURSDAY.getValue()) {
				day = day.plusDays(1); // Maya works Monday to Thursday
			}
			page.getByLabel("Day").fill(day.toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show times")).click();
			clean(page, null);
			page.locator("#slots a.slot").first().click();
			clean(page, null);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm booking")).click();

			// 5. The portal: the visit, and what is still to do before it
			assertThat(page.getByText("Your appointment is booked")).isVisible();
			assertThat(page.locator(".appointment")).hasCount(1);
			assertThat(page.locator("#before-intake")).containsText("done, thank you");
			assertThat(page.locator("#before-consent")).containsText("not signed yet");
			clean(page, "portal");
		}
	}

	static void signIn(Page page, String base, String email, String password) {
		page.navigate(base + "/login");
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForURL(url -> !url.contains("/login"));
	}

}
