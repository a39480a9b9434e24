package org.fascia.clients;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.fascia.identity.Totp;
import org.fascia.support.Axe;
import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.fascia.support.DemoClinicInBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A new client on a 360 px phone in real Chromium (issue 7): signs up, reads the link from the mail in the
 * outbox, confirms the address and lands in the portal signed in; then turns on two-step sign-in (QR code,
 * first code, recovery codes) and signs in again with a recovery code. Every page is axe-clean.
 * Screenshots: target/screenshots/signup.png, two-step.png (and signup-*.png along the way).
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-client-accounts" })
class ClientAccountsInBrowserTest extends DemoClinicInBrowser {

	private static final Pattern LINK = Pattern.compile("(/signup/verify\\?token=[A-Za-z0-9_-]+)");

	private static final Pattern RECOVERY = Pattern.compile("[a-z0-9]{5}-[a-z0-9]{5}");

	private static void button(Page page, String name) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	@Test
	void signUpConfirmTheAddressAndTurnOnTwoStepSignInOnAPhone() {
		String email = "nora" + (System.nanoTime() % 100000) + "@example.test";
		String password = "tide pools at low water";
		try (BrowserContext context = chromium.browser().newContext(phone())) {
			Page page = context.newPage();
			page.navigate(base() + "/login");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create an account")).click();
			assertThat(page).hasURL(Pattern.compile(".*/signup$"));
			Axe.clean(page);
			fitsIn(page, 360);
			page.getByLabel("First name").fill("Nora");
			page.getByLabel("Last name").fill("Quinn");
			page.getByLabel("Email").fill(email);
			page.getByLabel("Choose a password").fill(password);
			page.locator("summary", new Page.LocatorOptions().setHasText("Read the privacy notice")).click();
			page.getByLabel("I have read the privacy notice and agree to it").check();
			Chromium.screenshot(page, "signup");
			button(page, "Create my account");

			assertThat(page).hasURL(Pattern.compile(".*/signup/sent$"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your inbox"))).isVisible();
			Axe.clean(page);
			fitsIn(page, 360);
			Chromium.screenshot(page, "signup-check-inbox");

			String mail = jdbc.sql("select body_text from mail_outbox where recipient = :to order by id desc")
				.param("to", email).query(String.class).list().get(0);
			Matcher link = LINK.matcher(mail);
			assertThat(link.find()).as("the confirmation mail carries the link").isTrue();
			page.navigate(base() + link.group(1));
			Axe.clean(page);
			button(page, "Confirm my email address");

			assertThat(page).hasURL(Pattern.compile(".*/portal\\?verified$"));
			assertThat(page.getByText("your email address is confirmed")).isVisible();
			assertThat(page.locator("#confirm-email")).hasCount(0);
			Chromium.screenshot(page, "signup-portal");
			Axe.clean(page);
			fitsIn(page, 360);

			// What we email you: reminders off, saved.
			page.navigate(base() + "/account");
			Axe.clean(page);
			fitsIn(page, 360);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Choose which reminders and follow-ups we email you")).click();
			Axe.clean(page);
			fitsIn(page, 360);
			page.getByLabel("Remind me of each appointment by email the day before").uncheck();
			button(page, "Save my choices");
			assertThat(page.getByText("Your choices are saved.")).isVisible();
			assertThat(page.getByLabel("Remind me of each appointment by email the day before")).not().isChecked();
			Chromium.screenshot(page, "communication");

			// Two-step sign-in from the account page.
			page.navigate(base() + "/account");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Two-step sign-in")).click();
			Axe.clean(page);
			button(page, "Set up two-step sign-in");
			assertThat(page.locator("img.qr-code")).isVisible();
			assertThat(page.locator("#two-step-uri")).containsText("otpauth://totp/");
			Axe.clean(page);
			fitsIn(page, 360);
			Chromium.screenshot(page, "two-step");
			byte[] key = Totp.fromBase32(page.locator("#two-step-key").textContent());
			page.getByLabel("Code from the app").fill(Totp.code(key, Totp.step(Instant.now())));
			button(page, "Turn on two-step sign-in");

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your recovery codes"))).isVisible();
			assertThat(page.locator(".recovery-codes li")).hasCount(10);
			Axe.clean(page);
			fitsIn(page, 360);
			Chromium.screenshot(page, "two-step-recovery-codes");
			String recovery = page.locator(".recovery-codes code").first().textContent().strip();
			assertThat(RECOVERY.matcher(recovery).matches()).isTrue();

			// Signed out, the password alone leads to the code page; a recovery code signs in.
			button(page, "Sign out");
			page.navigate(base() + "/login");
			page.getByLabel("Email").fill(email);
			page.getByLabel("Password").fill(password);
			button(page, "Sign in");
			assertThat(page).hasURL(Pattern.compile(".*/login/two-step$"));
			Axe.clean(page);
			fitsIn(page, 360);
			page.getByLabel("Code").fill(recovery);
			button(page, "Sign in");
			assertThat(page).hasURL(Pattern.compile(".*/portal$"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Nora"))).isVisible();
		}
	}

}
