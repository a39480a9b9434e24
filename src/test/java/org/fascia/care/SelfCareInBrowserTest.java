package org.fascia.care;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.fascia.support.DemoClinicInBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Self-care on a phone (360 px) in real Chromium, in the demo clinic: Maya, who treated Alex last week,
 * tries the hamstring stretch (refused: Alex's sciatica caution NO_AGGRESSIVE_LUMBAR_PRESSURE), assigns
 * walking and the pelvic tilt; Alex ticks today's walk in the portal without a reload; Maya sees the
 * adherence. Screenshots: target/screenshots/self-care-*.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-selfcare" })
class SelfCareInBrowserTest extends DemoClinicInBrowser {

	/** Alex had a deep tissue massage with Maya three days ago, so Maya treats Alex. */
	void alexSawMaya(long alex) {
		appointment(alex, "Maya Chen", "Deep tissue massage (60 min)",
				Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS), Duration.ofHours(1), "COMPLETED");
	}

	@Test
	void theTherapistAssignsTwoItemsOneIsRefusedAndTheClientTicksToday() {
		String base = "http://127.0.0.1:" + port;
		long alex = id("select id from client where first_name = :v", "Alex");
		alexSawMaya(alex);
		long hamstring = id("select id from self_care_item where code = :v", "HAMSTRING_AIS");
		long walking = id("select id from self_care_item where code = :v", "WALKING");
		long tilt = id("select id from self_care_item where code = :v", "PELVIC_TILT");
		Browser.NewContextOptions phone = new Browser.NewContextOptions().setViewportSize(360, 780)
			.setDeviceScaleFactor(2)
			.setHasTouch(true)
			.setIsMobile(true);

		try (BrowserContext therapist = chromium.browser().newContext(phone)) {
			Page page = therapist.newPage();
			signIn(page, base, "maya@demo.fascia.test");
			page.navigate(base + "/clients/" + alex + "/self-care");
			assertThat(page.locator("h1")).hasText("Alex Morgan");
			assertThat(page.locator(".sc-cautions")).containsText("NO_AGGRESSIVE_LUMBAR_PRESSURE");

			page.getByLabel("Item").selectOption(String.valueOf(hamstring));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the program")).click();
			assertThat(page.getByRole(AriaRole.ALERT).first()).containsText(
					"Hamstring active isolated stretch can’t be assigned: it conflicts with the caution "
							+ "NO_AGGRESSIVE_LUMBAR_PRESSURE");
			Chromium.screenshot(page, "self-care-refused");

			page.getByLabel("Item").selectOption(String.valueOf(walking));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the program")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Walking was added to the program");
			page.getByLabel("Item").selectOption(String.valueOf(tilt));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the program")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Pelvic tilt was added to the program");
			assertThat(page.locator(".sc-program tbody tr")).hasCount(2);
			Chromium.screenshot(page, "self-care-therapist");
		}

		try (BrowserContext client = chromium.browser().newContext(phone)) {
			Page page = client.newPage();
			signIn(page, base, "alex@demo.fascia.test");
			page.navigate(base + "/portal/self-care");
			assertThat(page.locator(".sc-item")).hasCount(2);
			Locator walk = page.locator(".sc-item").filter(new Locator.FilterOptions().setHasText("Walking"));
			Locator today = walk.locator("button.is-today");
			assertThat(today).hasAttribute("aria-pressed", "false");
			String before = page.url();
			today.tap();
			assertThat(walk.locator("button.is-today")).hasAttribute("aria-pressed", "true");
			assertThat(walk.locator("button.is-today")).containsText("✓");
			org.assertj.core.api.Assertions.assertThat(page.url()).as("no reload: htmx swapped the item").isEqualTo(before);
			// The day buttons are big enough to tap at 360 px.
			var box = walk.locator("button.is-today").boundingBox();
			org.assertj.core.api.Assertions.assertThat(box.width).isGreaterThanOrEqualTo(36);
			org.assertj.core.api.Assertions.assertThat(box.height).isGreaterThanOrEqualTo(48);
			org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
				.as("nothing wider than the phone").isLessThanOrEqualTo(360);
			Chromium.screenshot(page, "self-care-portal");

			page.getByLabel("Email me a weekly reminder of my self-care").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("once a week");
		}

		try (BrowserContext therapist = chromium.browser().newContext(phone)) {
			Page page = therapist.newPage();
			signIn(page, base, "maya@demo.fascia.test");
			page.navigate(base + "/clients/" + alex + "/self-care");
			assertThat(page.locator(".sc-adherence")).containsText("50%");
			assertThat(page.locator(".sc-adherence")).containsText("1 of 2 prescribed days");
			Chromium.screenshot(page, "self-care-adherence");
		}
	}

}
