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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A session note on a tablet (800 px) in real Chromium, in the demo clinic: Maya saw Alex last week (a
 * signed note, shown beside) and sees Alex today. She reads the cautions, fills the note (pain 6 on the
 * scale, two regions, the SOAP texts, the client's summary), sees "Saved at" from autosave without
 * clicking anything, signs it, adds an amendment and sees the original kept under "Original, as signed";
 * Alex reads only the summary in the portal. Screenshots: target/screenshots/session-note*.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-notes" })
class SessionNoteInBrowserTest extends DemoClinicInBrowser {

	@Autowired
	SessionNotes notes;

	/** An appointment of Alex with Maya (deep tissue, 60 min) starting at {@code start}. */
	long alexSawMaya(long alex, Instant start, String status) {
		return appointment(alex, "Maya Chen", "Deep tissue massage (60 min)", start, Duration.ofHours(1), status);
	}

	@Test
	void theTherapistWritesSignsAndAmendsANoteOnATablet() {
		String base = "http://127.0.0.1:" + port;
		long alex = id("select id from client where first_name = :v", "Alex");
		long mayaUser = id("select id from app_user where email = :v", "maya@demo.fascia.test");
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		long lastWeek = alexSawMaya(alex, now.minus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS), "COMPLETED");
		notes.save(lastWeek, new NoteContent("Low back ache after long days at the desk; worse in the mornings.", 7,
				false, java.util.List.of(BodyRegion.LOWER_BACK_L, BodyRegion.LOWER_BACK_R, BodyRegion.GLUTEAL_L),
				"Forward bending limited to the knees. Left QL tight.", "Muscular low back pain, no red flags.",
				ResponseSinceLast.FIRST_VISIT, "Weekly for 4 weeks, lumbar and gluteal focus.",
				"Walking 20 minutes daily; pelvic tilts.", "We worked on your lower back and hips."), 0, mayaUser);
		notes.sign(lastWeek, null, mayaUser);
		long today = alexSawMaya(alex, now.minus(Duration.ofMinutes(30)), "BOOKED");

		Browser.NewContextOptions tablet = new Browser.NewContextOptions().setViewportSize(800, 1280)
			.setDeviceScaleFactor(1)
			.setHasTouch(true);
		try (BrowserContext therapist = chromium.browser().newContext(tablet)) {
			Page page = therapist.newPage();
			signIn(page, base, "maya@demo.fascia.test");
			page.navigate(base + "/appointments/" + today + "/note");
			assertThat(page.locator("h1")).hasText("Alex Morgan");
			assertThat(page.locator(".sn-cautions")).containsText("NO_AGGRESSIVE_LUMBAR_PRESSURE");
			assertThat(page.locator("#sn-comfort")).containsText("Pressure preference: medium pressure (intake)");
			Locator previous = page.locator("details.sn-previous-inline");
			previous.locator("summary").click();
			assertThat(previous).containsText("Low back ache after long days at the desk");

			page.getByLabel("What the client reports today").fill(
					"Much better since last week. Morning stiffness lasts about 20 minutes now. Sat a lot on Monday.");
			page.locator("label.sn-scale-item").filter(new Locator.FilterOptions().setHasText("4")).click();
			page.locator("label.sn-choice").filter(new Locator.FilterOptions().setHasText("No")).first().click();
			// findings on the body map: one region on the picture, one in the list beside it
			page.locator("[data-body-map=findingRegions] [data-region=LOWER_BACK_L]").click();
			page.locator("[data-body-map=findingRegions] label.bm-check").filter(new Locator.FilterOptions().setHasText("Gluteal, left")).click();
			assertThat(page.locator("#findingRegions-LOWER_BACK_L")).isChecked();
			assertThat(page.locator("[data-body-map=findingRegions] [data-region=GLUTEAL_L]")).hasAttribute("aria-checked", "true");
			page.getByLabel("Posture and range of motion").fill(
					"Forward bending to mid-shin (last week: knees). Left QL less guarded.");
			page.locator("label.sn-choice").filter(new Locator.FilterOptions().setHasText("Better")).click();
			page.getByLabel("Assessment", new Page.GetByLabelOptions().setExact(true)).fill(
					"Responding well: pain 7 → 4 and more range. Tolerated pressure 3 on the lower back.");
			page.getByLabel("Next visit").fill("Next week; keep the lumbar and gluteal focus.");
			page.getByLabel("Self-care changes").fill("Add the piriformis stretch, keep walking daily.");
			page.getByLabel("In plain words").fill(
					"We worked on your lower back and left hip. Keep walking every day and add the piriformis stretch.");

			assertThat(page.locator("#note-save-status")).containsText("Saved at",
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
			org.assertj.core.api.Assertions.assertThat(notes.read(today)).hasValueSatisfying(n -> {
				org.assertj.core.api.Assertions.assertThat(n.content().painToday()).isEqualTo(4);
				org.assertj.core.api.Assertions.assertThat(n.content().findingRegions())
					.containsExactly(BodyRegion.LOWER_BACK_L, BodyRegion.GLUTEAL_L);
			});
			org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
				.as("nothing wider than the tablet").isLessThanOrEqualTo(800);
			var painBox = page.locator("label.sn-scale-item").first().boundingBox();
			org.assertj.core.api.Assertions.assertThat(painBox.height).isGreaterThanOrEqualTo(44);
			page.locator(".sn-before").scrollIntoViewIfNeeded();
			Chromium.screenshot(page, "session-note");

			page.getByText("The note is complete and correct").click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and sign")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("The note is signed");
			assertThat(page.locator(".sn-signed-by")).containsText("Signed by Maya Chen");
			assertThat(page.locator("#note-form")).hasCount(0);

			page.getByLabel("Section").selectOption("SUBJECTIVE");
			page.getByLabel("Corrected text").fill("Much better since last week; morning stiffness about 20 minutes. "
					+ "Sat a lot on Tuesday, not Monday.");
			page.getByLabel("Reason for the amendment").fill("Wrong day recorded");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the amendment")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("The amendment is added");
			Locator subjective = page.locator(".sn-read-section").first();
			assertThat(subjective).containsText("Original, as signed");
			assertThat(subjective.locator(".is-original")).containsText("Sat a lot on Monday.");
			assertThat(subjective.locator(".sn-amendment")).containsText("Sat a lot on Tuesday, not Monday.");
			assertThat(subjective.locator(".sn-amendment")).containsText("Reason: Wrong day recorded");
			assertThat(subjective.locator(".sn-amendment")).containsText("Amendment by Maya Chen");
			Chromium.screenshot(page, "session-note-signed");
		}

		try (BrowserContext wide = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = wide.newPage();
			signIn(page, base, "maya@demo.fascia.test");
			page.navigate(base + "/appointments/" + today + "/note");
			assertThat(page.locator("aside.sn-previous-side")).isVisible();
			assertThat(page.locator("aside.sn-previous-side")).containsText("Low back ache after long days at the desk");
			assertThat(page.locator("details.sn-previous-inline")).isHidden();
			Chromium.screenshot(page, "session-note-wide");
		}

		long overdue = alexSawMaya(alex, now.minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS), "COMPLETED");
		try (BrowserContext therapist = chromium.browser().newContext(tablet)) {
			Page page = therapist.newPage();
			signIn(page, base, "maya@demo.fascia.test");
			page.navigate(base + "/dashboard");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notes to finish")).click();
			assertThat(page.locator("h1")).hasText("Notes to finish and answers to read");
			assertThat(page.locator("a[href='/appointments/" + overdue + "/note']")).hasText("Write the note");
			assertThat(page.locator("a[href='/appointments/" + today + "/note']")).hasCount(0);
			Chromium.screenshot(page, "session-notes-todo");
		}

		try (BrowserContext client = chromium.browser().newContext(new Browser.NewContextOptions()
			.setViewportSize(360, 780).setIsMobile(true).setHasTouch(true))) {
			Page page = client.newPage();
			signIn(page, base, "alex@demo.fascia.test");
			page.navigate(base + "/portal/sessions");
			assertThat(page.locator(".sn-portal-item")).hasCount(2);
			assertThat(page.locator(".sn-portal-item").first()).containsText("We worked on your lower back and left hip.");
			assertThat(page.locator(".sn-portal-item").first()).containsText("Gluteal, left");
			assertThat(page.locator("main")).not().containsText("Tolerated pressure 3");
			assertThat(page.locator("main")).not().containsText("Left QL");
			Chromium.screenshot(page, "session-note-portal");
		}
	}

}
