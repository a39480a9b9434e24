package org.fascia.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
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
 * A client signs their consent in real Chromium: reads both texts, ticks to agree, types their name,
 * draws a signature with the mouse on the canvas and submits; the signed consent is listed and its
 * snapshot shows the drawn image. Screenshots: target/screenshots/consent-*.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fascia.test.context=browser-consent")
@Import({ TestAccounts.class, ConsentFixture.class })
class ConsentInBrowserTest {

	static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	ConsentFixture fixture;

	@Autowired
	Consents consents;

	@BeforeAll
	static void start() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void stop() {
		chromium.close();
	}

	@Test
	void aClientDrawsTheirSignatureAndSeesTheConsentSigned() {
		ConsentFixture.Client client = fixture.client("Dora", "Maar");
		String base = "http://127.0.0.1:" + port;
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1024, 900).setLocale("en-GB"))) {
			Page page = context.newPage();
			page.navigate(base + "/login");
			page.getByLabel("Email").fill(client.user().getUsername());
			page.getByLabel("Password").fill(TestAccounts.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
			page.waitForURL(url -> !url.contains("/login"));

			page.navigate(base + "/portal/consent");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Consent to massage treatment")))
				.isVisible();
			page.getByLabel("I have read and agree to “Consent to massage treatment”.").check();
			page.getByLabel("I have read and agree to “How we use your information”.").check();
			page.getByLabel("Your full name").fill("Dora Maar");

			page.locator("#signature-pad").scrollIntoViewIfNeeded();
			BoundingBox box = page.locator("#signature-pad").boundingBox();
			double x = box.x + box.width * 0.1;
			double y = box.y + box.height * 0.7;
			page.mouse().move(x, y);
			page.mouse().down();
			for (int i = 1; i <= 30; i++) {
				page.mouse().move(x + i * box.width * 0.025, y - Math.sin(i / 3.0) * box.height * 0.3);
			}
			page.mouse().up();
			Chromium.screenshot(page, "consent-drawn");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign both")).click();
			page.waitForURL(base + "/portal/consent");
			assertThat(page.getByText("Both consents are signed and saved.")).isVisible();
			assertThat(page.locator("#status-massage")).containsText("Signed on");
			assertThat(page.locator("#status-data-processing")).containsText("Signed on");
			assertThat(page.locator("#signature-pad")).hasCount(0);
			Chromium.screenshot(page, "consent-signed");

			assertThat(consents.hasCurrentConsent(client.id())).isTrue();
			SignedConsent signed = consents.history(client.id()).get(0);
			assertThat(signed.drawn()).isTrue();
			assertThat(signed.typedName()).isEqualTo("Dora Maar");

			page.locator(".consent-signed a").first().click();
			assertThat(page.locator("img.signature-image")).isVisible();
			assertThat((Boolean) page.locator("img.signature-image").evaluate("img => img.complete && img.naturalWidth > 0"))
				.isTrue();
			Chromium.screenshot(page, "consent-snapshot");
		}
	}

}
