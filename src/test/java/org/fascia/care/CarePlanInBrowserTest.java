package org.fascia.care;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.fascia.support.DemoClinicInBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The consultation and the care plan in real Chromium, in the demo clinic, on a tablet (800 px) for the
 * therapist and a phone (360 px) for the client: Maya, who treated Alex last week, runs a consultation
 * (Alex's sciatica caution NO_AGGRESSIVE_LUMBAR_PRESSURE is applied by itself), creates the plan from it
 * with a PSFS goal and self-care, books its ten weekly sessions from next Monday and sees the plan page;
 * Alex reads the plan in the portal. Screenshots: consultation-therapist.png, care-plan.png,
 * care-plan-portal.png in target/screenshots/.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-careplan" })
class CarePlanInBrowserTest extends DemoClinicInBrowser {

	/** Alex had a deep tissue massage with Maya three days ago, so Maya treats Alex. */
	void alexSawMaya(long alex) {
		appointment(alex, "Maya Chen", "Deep tissue massage (60 min)",
				Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS), Duration.ofHours(1), "COMPLETED");
	}

	@Test
	void aConsultationBecomesABookedPlan() {
		String base = "http://127.0.0.1:" + port;
		long alex = id("select id from client where first_name = :v", "Alex");
		alexSawMaya(alex);
		LocalDate monday = LocalDate.now(ZoneId.of("Europe/London")).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		Browser.NewContextOptions tablet = new Browser.NewContextOptions().setViewportSize(800, 1100);

		try (BrowserContext therapist = chromium.browser().newContext(tablet)) {
			Page page = therapist.newPage();
			signIn(page, base, "maya@demo.fascia.test");
			page.navigate(base + "/clients/" + alex);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Run a consultation")).click();
			assertThat(page.locator("h1")).hasText("Alex Morgan");
			assertThat(page.locator(".care-cautions")).containsText("NO_AGGRESSIVE_LUMBAR_PRESSURE");

			page.getByLabel("How long has the pain lasted?").fill("7");
			page.getByLabel("Pressure the client prefers").selectOption("MEDIUM");
			page.getByLabel("Massage before?").selectOption("SOME");
			page.getByLabel("Sensitivity to pressure").selectOption("NORMAL");
			page.getByLabel("Relief from pain and tension").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recommend and save")).click();
			assertThat(page.locator("#result h2")).hasText("Myofascial release");
			assertThat(page.locator("#result")).containsText("No strong pressure on the lower back");
			assertThat(page.locator("#result")).containsText("Cherkin 2011");
			org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
				.as("nothing wider than the tablet").isLessThanOrEqualTo(800);
			Chromium.screenshot(page, "consultation-therapist");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create a care plan from this consultation")).click();
			assertThat(page.getByLabel("Approach")).hasValue("MYOFASCIAL_RELEASE");
			assertThat(page.getByLabel("Planned sessions")).hasValue("10");
			page.locator("#goalKind1").selectOption("PSFS");
			page.locator("#goalTarget1").fill("≥ 7");
			page.locator("#goalActivity1").fill("Sit through a workday");
			page.getByLabel("Walking").check();
			page.getByLabel("Pelvic tilt").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the care plan")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("The care plan was saved");

			page.getByLabel("First session on").fill(monday.toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show free times")).click();
			assertThat(page.locator("#book h3")).containsText("with Maya Chen");
			Chromium.screenshot(page, "care-plan-book");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book the plan from 10:00")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Booked: 10 sessions, weekly");
			assertThat(page.locator(".care-progress")).containsText("0 of 10");
			assertThat(page.locator(".care-progress")).containsText("10:00");
			assertThat(page.locator(".care-goals")).containsText("Sit through a workday: PSFS at least 7/10");
			assertThat(page.locator(".care-next")).containsText("Continue the plan");
			assertThat(page.locator(".care-visits li")).hasCount(10);
			org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
				.as("nothing wider than the tablet").isLessThanOrEqualTo(800);
			Chromium.screenshot(page, "care-plan");
			org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from appointment where client_id = :c and status = 'BOOKED'")
				.param("c", alex).query(Integer.class).single()).isEqualTo(10);
		}

		Browser.NewContextOptions phone = new Browser.NewContextOptions().setViewportSize(360, 780)
			.setDeviceScaleFactor(2).setHasTouch(true).setIsMobile(true);
		try (BrowserContext client = chromium.browser().newContext(phone)) {
			Page page = client.newPage();
			signIn(page, base, "alex@demo.fascia.test");
			page.navigate(base + "/portal");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See your plan")).click();
			assertThat(page.locator("h1")).hasText("Your care plan");
			assertThat(page.locator(".plan-facts")).containsText("10 sessions, weekly");
			assertThat(page.locator(".plan-facts")).containsText("Pain down to 3 out of 10 or less");
			assertThat(page.locator(".plan-facts")).containsText("Walking");
			org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
				.as("nothing wider than the phone").isLessThanOrEqualTo(360);
			Chromium.screenshot(page, "care-plan-portal");
		}
	}

}
