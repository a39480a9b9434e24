package org.fascia.clinic;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A newcomer in real Chromium: the first visit lands on /setup with the browser's time zone chosen,
 * creates the clinic, signs in, looks around, and signs out. Screenshots go to target/screenshots/.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fascia.test.context=browser-setup")
class SetupInBrowserTest {

	static Chromium chromium;

	@LocalServerPort
	int port;

	@BeforeAll
	static void start() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void stop() {
		chromium.close();
	}

	@Test
	void setUpSignInLookAroundAndSignOut() throws Exception {
		Browser browser = chromium.browser();
		String base = "http://127.0.0.1:" + port;
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setTimezoneId("Europe/Berlin")
			.setViewportSize(1280, 800))) {
			Page page = context.newPage();
			page.navigate(base + "/");
			assertThat(page).hasURL(base + "/setup");
			assertThat(page).hasTitle("Set up your clinic · Fascia");
			// The browser's zone is pre-selected by the page's script.
			assertThat(page.getByLabel("Time zone")).hasValue("Europe/Berlin");

			page.getByLabel("Clinic name").fill("Lindenhof Massage");
			page.getByLabel("Your name").fill("Greta Owner");
			page.getByLabel("Email").fill("greta@test.fascia.dev");
			page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("short");
			page.getByLabel("Password, again").fill("short");
			Chromium.screenshot(page, "setup-form");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the clinic")).click();
			assertThat(page.locator(".error-text")).containsText("at least 12 characters");
			Chromium.screenshot(page, "setup-error");

			page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("lindenhof morning tea");
			page.getByLabel("Password, again").fill("lindenhof morning tea");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the clinic")).click();

			assertThat(page).hasURL(base + "/login?setup");
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Your clinic is ready");
			page.getByLabel("Email").fill("greta@test.fascia.dev");
			page.getByLabel("Password").fill("lindenhof morning tea");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

			assertThat(page).hasURL(base + "/dashboard");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Greta Owner");
			assertThat(page.locator(".brand")).containsText("Lindenhof Massage");
			assertThat(page.locator(".card").nth(2)).containsText("Europe/Berlin");
			Chromium.screenshot(page, "dashboard");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit log").setExact(true)).first().click();
			assertThat(page).hasURL(base + "/admin/audit");
			assertThat(page.locator("table")).containsText("SIGN_IN");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the chain")).click();
			assertThat(page.locator("#chain-result")).containsText("The chain is intact");
			Chromium.screenshot(page, "audit-log");

			page.navigate(base + "/admin/mail");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Mail");
			Chromium.screenshot(page, "mail");

			page.navigate(base + "/account");
			page.getByLabel("Name of the new token").fill("Reporting script");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a token")).click();
			assertThat(page.locator("code.token")).containsText("fsc_");
			Chromium.screenshot(page, "account");

			// Keyboard: the skip link is the first stop and is visible when focused.
			page.keyboard().press("Tab");
			assertThat(page.locator(".skip-link")).isFocused();

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
			assertThat(page).hasURL(base + "/login?logout");
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("You have signed out");
			page.navigate(base + "/dashboard");
			assertThat(page).hasURL(base + "/login?required");
			Chromium.screenshot(page, "signed-out");
		}

		try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740))) {
			Page page = phone.newPage();
			page.navigate(base + "/login");
			Chromium.screenshot(page, "login-phone");
			Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
			assertThat(overflow).as("no sideways scrolling at 360 px").isEqualTo(false);
		}
		assertThat(Files.exists(Chromium.SCREENSHOTS.resolve("dashboard.png"))).isTrue();
	}

}
