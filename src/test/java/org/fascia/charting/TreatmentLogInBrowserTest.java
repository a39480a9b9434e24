package org.fascia.charting;

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
 * The body map and the treatment log in real Chromium, in the demo clinic. Maya (tablet, 900 px) selects
 * regions on the picture by mouse and by keyboard, logs Swedish work, is refused deep tissue at 5 on Alex's
 * lower back (his sciatica caution NO_AGGRESSIVE_LUMBAR_PRESSURE allows at most 3 there) and logs a
 * "too much" entry; Alex marks his pain map on a phone (360 px) and Maya sees it on his record.
 * Screenshots: target/screenshots/body-map.png, pain-map-portal.png, pain-map-record.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-charting" })
class TreatmentLogInBrowserTest extends DemoClinicInBrowser {

	/** Alex had a deep tissue massage with Maya an hour ago: the session to chart. */
	long alexSawMaya(long alex) {
		return appointment(alex, "Maya Chen", "Deep tissue massage (60 min)",
				Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.HOURS), Duration.ofHours(1), "COMPLETED");
	}

	static Locator shape(Page page, String code) {
		return page.locator(".body-map.is-editable [data-region='" + code + "'][role='checkbox']");
	}

	static void choose(Page page, String name, String value) {
		page.locator("label.tl-option:has(input[name='" + name + "'][value='" + value + "'])").click();
		assertThat(page.locator("input[name='" + name + "'][value='" + value + "']")).isChecked();
	}

	@Test
	void theTherapistLogsBySvgAndKeyboardIsRefusedOverPressureAndTheClientMarksAPainMap() {
		String base = "http://127.0.0.1:" + port;
		long alex = id("select id from client where first_name = :v", "Alex");
		long appointment = alexSawMaya(alex);

		try (BrowserContext tablet = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(900, 1100).setDeviceScaleFactor(2))) {
			Page page = tablet.newPage();
			signIn(page, base, "maya@demo.fascia.test");
			page.navigate(base + "/appointments/" + appointment + "/treatment-log");
			assertThat(page.locator("h1")).hasText("Alex Morgan");
			assertThat(page.locator(".tl-cautions")).containsText("NO_AGGRESSIVE_LUMBAR_PRESSURE");
			assertThat(page.locator(".tl-limits")).containsText("At most 3 on Lower back, left, Lower back, right, Sacrum");
			assertThat(page.locator(".body-map.is-editable [data-region]")).hasCount(BodyRegion.values().length);

			// By mouse: the neck on the back view; the list beside it follows.
			shape(page, "NECK").click();
			assertThat(shape(page, "NECK")).hasAttribute("aria-checked", "true");
			assertThat(page.locator("#regions-NECK")).isChecked();
			// By keyboard: Tab to the next region (the left shoulder) and Space.
			page.keyboard().press("Tab");
			assertThat(shape(page, "SHOULDER_L")).isFocused();
			page.keyboard().press("Space");
			assertThat(shape(page, "SHOULDER_L")).hasAttribute("aria-checked", "true");
			assertThat(page.locator("#regions-SHOULDER_L")).isChecked();
			// And Space again toggles it off, Enter on again.
			page.keyboard().press("Space");
			assertThat(page.locator("#regions-SHOULDER_L")).not().isChecked();
			page.keyboard().press("Enter");
			assertThat(page.locator("#regions-SHOULDER_L")).isChecked();
			// Ticking the list marks the picture.
			page.locator("label[for='regions-UPPER_BACK_R']").click();
			assertThat(shape(page, "UPPER_BACK_R")).hasAttribute("aria-checked", "true");
			Chromium.screenshot(page, "body-map-selecting");

			choose(page, "technique", "SWEDISH");
			choose(page, "pressure", "2");
			choose(page, "comfort", "COMFORTABLE");
			String before = page.url();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the selected areas")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Logged 3 entries: Neck, Left shoulder, Upper back, right.");
			assertThat(page.locator(".tl-entries tbody tr")).hasCount(3);
			org.assertj.core.api.Assertions.assertThat(page.url()).as("htmx swapped the panel").isEqualTo(before);
			assertThat(page.locator(".body-map.is-readonly [data-region='NECK']")).hasClass(
					java.util.regex.Pattern.compile(".*is-marked.*"));
			assertThat(shape(page, "NECK")).hasAttribute("aria-checked", "false");

			// Deep tissue at 5 on the lower back: refused, naming the caution; nothing written.
			shape(page, "LOWER_BACK_L").click();
			choose(page, "technique", "DEEP_TISSUE");
			choose(page, "pressure", "5");
			choose(page, "comfort", "COMFORTABLE");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the selected areas")).click();
			assertThat(page.locator(".tl-refusal")).containsText("NO_AGGRESSIVE_LUMBAR_PRESSURE");
			assertThat(page.locator(".tl-refusal")).containsText("at most 3 is allowed there");
			assertThat(page.locator(".tl-entries tbody tr")).hasCount(3);
			assertThat(shape(page, "LOWER_BACK_L")).hasAttribute("aria-checked", "true");

			// At 3 it was too much for the client: reduced to 2.
			choose(page, "pressure", "3");
			choose(page, "comfort", "TOO_MUCH");
			page.getByLabel("If too much: pressure reduced to").selectOption("2");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the selected areas")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Logged 1 entry: Lower back, left.");
			assertThat(page.locator(".tl-entries tbody tr")).hasCount(4);
			assertThat(page.locator(".tl-entries")).containsText("Too much: reduced to 2");
			// The next areas selected (not logged yet), for the picture.
			shape(page, "HAMSTRINGS_R").click();
			shape(page, "GLUTEAL_R").click();
			page.evaluate("window.scrollTo(0, 0)");
			Chromium.screenshot(page, "body-map");
			page.locator(".tl-worked .bm-svg").screenshot(new Locator.ScreenshotOptions()
				.setPath(Chromium.SCREENSHOTS.resolve("body-map-figure.png")));
		}

		try (BrowserContext phone = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(360, 780)
				.setDeviceScaleFactor(2)
				.setHasTouch(true)
				.setIsMobile(true))) {
			Page page = phone.newPage();
			signIn(page, base, "alex@demo.fascia.test");
			page.navigate(base + "/portal");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mark where it hurts")).tap();
			assertThat(page.locator("h1")).hasText("Where does it hurt?");
			shape(page, "LOWER_BACK_L").tap();
			shape(page, "SACRUM").tap();
			assertThat(shape(page, "SACRUM")).hasAttribute("aria-checked", "true");
			page.locator("label[for='regions-GLUTEAL_L']").tap();
			assertThat(shape(page, "GLUTEAL_L")).hasAttribute("aria-checked", "true");
			page.locator("label.tl-option:has(input[name='intensity'][value='6'])").tap();
			org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
				.as("nothing wider than the phone").isLessThanOrEqualTo(360);
			var box = page.locator("label[for='regions-SACRUM']").boundingBox();
			org.assertj.core.api.Assertions.assertThat(box.height).as("list rows are tappable").isGreaterThanOrEqualTo(44);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my pain map")).tap();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("your pain map is saved");
			assertThat(page.locator(".pm-history li")).hasCount(1);
			assertThat(page.locator(".pm-history")).containsText("6 out of 10");
			assertThat(page.locator(".pm-history")).containsText("Lower back, left, Sacrum, Gluteal, left");
			shape(page, "CALVES_R").tap();
			Chromium.screenshot(page, "pain-map-portal");
		}

		try (BrowserContext tablet = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(900, 1100))) {
			Page page = tablet.newPage();
			signIn(page, base, "maya@demo.fascia.test");
			page.navigate(base + "/clients/" + alex);
			assertThat(page.locator("#pain-map")).containsText("pain 6 out of 10");
			assertThat(page.locator("#pain-map")).containsText("Lower back, left, Sacrum, Gluteal, left");
			assertThat(page.locator("#pain-map [data-region].is-marked")).hasCount(3);
			page.locator("#pain-map").screenshot(new Locator.ScreenshotOptions()
				.setPath(Chromium.SCREENSHOTS.resolve("pain-map-record.png")));
		}
	}

}
