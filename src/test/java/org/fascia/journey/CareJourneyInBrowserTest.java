package org.fascia.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.fascia.platform.Db;
import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.fascia.support.DemoClinicInBrowser;
import org.fascia.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Issue 5's whole journey in real Chromium, in the demo clinic: Maya (tablet) runs a consultation with Alex
 * Morgan, whose screening says NO_AGGRESSIVE_LUMBAR_PRESSURE; creates the care plan from it and books its
 * weekly series; at the first session writes the SOAP note with findings marked on the body map, logs the
 * work region by region on the body map, where deep tissue at pressure 5 on the lower back is refused naming
 * the caution; signs the note (the log becomes read-only); assigns a self-care item; and Alex (phone) ticks it
 * in the portal and reads the plain summary of the session. Screenshots: target/screenshots/journey-*.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-journey" })
class CareJourneyInBrowserTest extends DemoClinicInBrowser {

	/** The clinic's clock: moved on from the booking to the first session of the plan. */
	static final MutableClock CLOCK = new MutableClock();

	@TestBean
	Clock clock;

	static Clock clock() {
		return CLOCK;
	}

	@AfterEach
	void resetClock() {
		CLOCK.reset();
	}

	/** Alex had a free consultation with Maya last week, so Maya treats Alex. */
	void alexMetMaya(long alex) {
		String consultation = jdbc.sql("select name from service where kind = 'CONSULTATION' order by id")
			.query(String.class).list().get(0);
		appointment(alex, "Maya Chen", consultation, Instant.now().minus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS),
				Duration.ofMinutes(15), "COMPLETED");
	}

	static Locator logRegion(Page page, String code) {
		return page.locator("[data-body-map=regions] [data-region='" + code + "'][role='checkbox']");
	}

	static void option(Page page, String name, String value) {
		page.locator("label.tl-option:has(input[name='" + name + "'][value='" + value + "'])").click();
	}

	@Test
	void consultationPlanSeriesSessionWithARefusedEntrySignedSelfCareTickedByTheClient() {
		String base = base();
		long alex = id("select id from client where first_name = :v", "Alex");
		alexMetMaya(alex);
		LocalDate monday = LocalDate.now(ZoneId.of("Europe/London")).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		Browser.NewContextOptions tablet = new Browser.NewContextOptions().setViewportSize(900, 1200).setHasTouch(true);

		try (BrowserContext therapist = chromium.browser().newContext(tablet)) {
			Page page = therapist.newPage();
			signIn(page, base, "maya@demo.fascia.test");

			// 1. The consultation: the cautions come from the screening, the answer from the recommender.
			page.navigate(base + "/clients/" + alex);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Run a consultation")).click();
			page.getByLabel("How long has the pain lasted?").fill("7");
			page.getByLabel("Pressure the client prefers").selectOption("FIRM");
			page.getByLabel("Massage before?").selectOption("SOME");
			page.getByLabel("Sensitivity to pressure").selectOption("NORMAL");
			page.getByLabel("Relief from pain and tension").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recommend and save")).click();
			assertThat(page.locator("#result")).containsText("No strong pressure on the lower back");
			assertThat(page.locator("#result")).containsText("Cherkin 2011");
			Chromium.screenshot(page, "journey-consultation");

			// 2. The care plan from the consultation, and its series booked through the booking module.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create a care plan from this consultation")).click();
			assertThat(page.getByLabel("Planned sessions")).hasValue("10");
			page.getByLabel("Walking").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the care plan")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("The care plan was saved");
			page.getByLabel("First session on").fill(monday.toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show free times")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book the plan from 10:00")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Booked: 10 sessions, weekly");
			assertThat(page.locator(".care-visits li")).hasCount(10);
			Chromium.screenshot(page, "journey-care-plan");
			long first = jdbc.sql("""
					select min(a.id) from appointment a where a.client_id = :c and a.status = 'BOOKED' and a.series_id is not null
					""").param("c", alex).query(Long.class).single();
			Instant firstStart = jdbc.sql("select start_at from appointment where id = :id").param("id", first)
				.query((rs, i) -> Db.instant(rs, "start_at")).single();
			// Monday, 10:40: the first session of the plan is under way.
			CLOCK.advance(Duration.between(Instant.now(), firstStart.plus(Duration.ofMinutes(40))));

			// 3. The first session: the note, with the preference from the consultation at the top.
			page.navigate(base + "/appointments/" + first + "/note");
			assertThat(page.locator(".sn-cautions")).containsText("NO_AGGRESSIVE_LUMBAR_PRESSURE");
			assertThat(page.locator(".sn-cautions")).containsText("At most 3 on Lower back, left, Lower back, right, Sacrum");
			assertThat(page.locator("#sn-comfort")).containsText("Pressure preference: firm pressure (consultation)");
			page.getByLabel("What the client reports today").fill("Lower back tight after a week of desk work, worse on the left.");
			page.locator("label.sn-scale-item").filter(new Locator.FilterOptions().setHasText("6")).click();
			page.locator("label.sn-choice").filter(new Locator.FilterOptions().setHasText("No")).first().click();
			page.locator("[data-body-map=findingRegions] [data-region=LOWER_BACK_L]").click();
			page.locator("[data-body-map=findingRegions] [data-region=GLUTEAL_L]").click();
			page.getByLabel("Posture and range of motion").fill("Forward bending to the knees; left QL and gluteals tight.");
			page.getByLabel("Assessment", new Page.GetByLabelOptions().setExact(true)).fill(
					"Muscular low back pain, no red flags. Tolerated pressure 3 on the lower back.");
			page.getByLabel("Next visit").fill("Next week, lumbar and gluteal focus.");
			page.getByLabel("In plain words").fill("We worked gently on your lower back and left hip. Keep walking every day.");
			assertThat(page.locator("#note-save-status")).containsText("Saved at",
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));

			// 4. The treatment log on the body map: deep tissue at 5 on the lower back is refused, naming the caution.
			logRegion(page, "LOWER_BACK_L").click();
			option(page, "technique", "DEEP_TISSUE");
			option(page, "pressure", "5");
			option(page, "comfort", "COMFORTABLE");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the selected areas")).click();
			assertThat(page.locator(".tl-refusal")).containsText("NO_AGGRESSIVE_LUMBAR_PRESSURE");
			assertThat(page.locator(".tl-refusal")).containsText("at most 3 is allowed there");
			assertThat(page.locator(".tl-entries tbody tr")).hasCount(0);
			option(page, "technique", "MYOFASCIAL_RELEASE");
			option(page, "pressure", "3");
			option(page, "comfort", "INTENSE_BUT_OK");
			logRegion(page, "GLUTEAL_L").click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the selected areas")).click();
			assertThat(page.locator("#treatment-log [role=status]")).containsText("Logged 2 entries: Lower back, left, Gluteal, left.");
			assertThat(page.locator(".tl-entries tbody tr")).hasCount(2);
			fitsIn(page, 900);
			page.locator("#treatment-log-section").scrollIntoViewIfNeeded();
			Chromium.screenshot(page, "journey-session-note");
			page.locator("#treatment-log-section").screenshot(new Locator.ScreenshotOptions()
				.setPath(Chromium.SCREENSHOTS.resolve("journey-body-map.png")));

			// 5. Signing: the note is read-only, and so is its log.
			page.getByText("The note is complete and correct").click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and sign")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("The note is signed");
			assertThat(page.locator("#note-form")).hasCount(0);
			assertThat(page.locator(".tl-locked")).containsText("read-only");
			assertThat(page.locator(".tl-form")).hasCount(0);
			Chromium.screenshot(page, "journey-signed-note");

			// 6. Self-care assigned on the client's program page.
			page.navigate(base + "/clients/" + alex + "/self-care");
			page.getByLabel("Item").selectOption(String.valueOf(id("select id from self_care_item where code = :v", "DESK_SETUP")));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the program")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Desk set-up and moving breaks was added to the program");
		}

		try (BrowserContext client = chromium.browser().newContext(phone())) {
			Page page = client.newPage();
			signIn(page, base, "alex@demo.fascia.test");
			// 7. The client ticks today's self-care, on a phone, without a reload.
			page.navigate(base + "/portal/self-care");
			Locator desk = page.locator(".sc-item").filter(new Locator.FilterOptions().setHasText("Desk set-up"));
			desk.locator("button.is-today").tap();
			assertThat(desk.locator("button.is-today")).hasAttribute("aria-pressed", "true");
			fitsIn(page, 360);
			Chromium.screenshot(page, "journey-portal-self-care");
			// and reads the plain summary of the signed session, never the working notes
			page.navigate(base + "/portal/sessions");
			assertThat(page.locator("main")).containsText("We worked gently on your lower back and left hip");
			assertThat(page.locator("main")).containsText("Lower back, left");
			assertThat(page.locator("main")).not().containsText("left QL and gluteals tight");
			fitsIn(page, 360);
			Chromium.screenshot(page, "journey-portal-sessions");
		}
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
				select count(*) from self_care_tick t join self_care_assignment a on a.id = t.assignment_id
				where a.client_id = :c""").param("c", alex).query(Integer.class).single()).isEqualTo(1);
	}

}
