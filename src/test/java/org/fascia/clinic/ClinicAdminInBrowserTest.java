package org.fascia.clinic;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.fascia.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The owner sets up the clinic in real Chromium: booking policy, a room, services, and a therapist
 * with split weekly hours, a day off and a service; then checks the pages on a phone. Screenshots:
 * target/screenshots/admin-*.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fascia.test.context=browser-admin")
class ClinicAdminInBrowserTest {

	private static final String OWNER = "olivia@test.fascia.dev";

	private static final String PASSWORD = "northside morning stretch";

	static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	FirstStart firstStart;

	@BeforeAll
	static void start() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void stop() {
		chromium.close();
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	@Test
	void theOwnerSetsUpPolicyRoomServicesAndATherapist() throws Exception {
		if (!firstStart.isDone()) {
			firstStart.setUp("Northside Back Care", "Europe/London", "Olivia Grant", OWNER, PASSWORD);
		}
		String base = "http://127.0.0.1:" + port;
		Browser browser = chromium.browser();
		String therapistPath;
		// An owner in London: British locale and clock. The phone below keeps Chromium's default (en-US).
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
			.setLocale("en-GB")
			.setTimezoneId("Europe/London"))) {
			Page page = context.newPage();
			page.navigate(base + "/login");
			page.getByLabel("Email").fill(OWNER);
			page.getByLabel("Password").fill(PASSWORD);
			button(page, "Sign in").click();
			assertThat(page).hasURL(base + "/dashboard");

			// Booking policy: a wrong value is explained next to its field, then saved.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clinic and booking policy")).click();
			assertThat(page).hasURL(base + "/admin/clinic");
			page.getByLabel("Appointments start every").fill("7");
			page.getByLabel("Minimum notice").fill("24");
			button(page, "Save the clinic's settings").click();
			assertThat(page.locator("#slotStepMinutes-error")).hasText("Use a multiple of 5 minutes, like 15, 30 or 45.");
			assertThat(page.getByLabel("Appointments start every")).hasAttribute("aria-invalid", "true");
			Chromium.screenshot(page, "admin-clinic-error");
			page.getByLabel("Appointments start every").fill("30");
			page.getByLabel("Free cancellation until").fill("48");
			button(page, "Save the clinic's settings").click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved.");
			assertThat(page.getByLabel("Minimum notice")).hasValue("24");
			Chromium.screenshot(page, "admin-clinic");

			// A room.
			page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Rooms")).click();
			page.getByLabel("New room").fill("Garden room");
			button(page, "Add the room").click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Added Garden room.");
			page.getByLabel("New room").fill("Studio");
			button(page, "Add the room").click();
			Chromium.screenshot(page, "admin-rooms");

			// Two services.
			page.navigate(base + "/admin/services");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a service")).click();
			page.getByLabel("Name").fill("Free back-pain consultation (15 min)");
			page.getByLabel("Description").fill("A short talk about your back and which massage is likely to help.");
			page.getByText("Consultation", new Page.GetByTextOptions().setExact(true)).click();
			page.getByLabel("Duration").fill("15");
			page.getByLabel("Turnover after it").fill("0");
			page.getByLabel("Price").fill("0");
			button(page, "Add the service").click();
			assertThat(page).hasURL(base + "/admin/services");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a service")).click();
			page.getByLabel("Name").fill("Deep tissue massage (60 min)");
			page.getByLabel("Description").fill("Slow, firm work on the deeper layers of muscle and fascia, always within your comfort.");
			page.getByLabel("Duration").fill("60");
			page.getByLabel("Price").fill("75");
			Chromium.screenshot(page, "admin-service-form");
			button(page, "Add the service").click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved Deep tissue massage (60 min).");

			// A therapist, invited by email.
			page.navigate(base + "/admin/therapists");
			page.getByLabel("Name").fill("Maya Chen");
			page.getByLabel("Email").fill("maya@test.fascia.dev");
			page.getByLabel("Bio").fill("Ten years of deep tissue and myofascial work with office workers and runners.");
			button(page, "Add and invite").click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Maya Chen");
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("We emailed Maya Chen an invitation");
			therapistPath = page.url().substring(base.length());

			// Split weekly hours: Monday and Tuesday with a lunch break, Thursday straight through.
			for (String day : new String[] { "Monday", "Tuesday" }) {
				page.getByLabel(day + ", interval 1, from").fill("09:00");
				page.getByLabel(day + ", interval 1, until").fill("13:00");
				page.getByLabel(day + ", interval 2, from").fill("14:00");
				page.getByLabel(day + ", interval 2, until").fill("18:00");
			}
			page.getByLabel("Thursday, interval 1, from").fill("10:00");
			page.getByLabel("Thursday, interval 1, until").fill("16:00");
			button(page, "Save weekly hours").click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved the weekly hours.");
			assertThat(page.getByLabel("Monday, interval 2, until")).hasValue("18:00");
			assertThat(page.getByLabel("Monday, interval 3, from")).hasValue("");
			assertThat(page.locator(".page-head")).containsText("Mon, Tue, Thu · 22 h a week");

			// A day off.
			LocalDate dayOff = LocalDate.now(ZoneId.of("Europe/London")).plusDays(21);
			page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill(dayOff.toString());
			page.getByLabel("Note").fill("Holiday");
			button(page, "Add the date").click();
			assertThat(page.locator(".dated-list")).containsText("Day off");
			assertThat(page.locator(".dated-list")).containsText("Holiday");

			// The service she offers.
			page.getByLabel("Deep tissue massage (60 min)").check();
			button(page, "Save services").click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved the services offered.");
			assertThat(page.getByLabel("Deep tissue massage (60 min)")).isChecked();
			page.evaluate("window.scrollTo(0, 0)");
			Chromium.screenshot(page, "admin-therapist");

			page.navigate(base + "/admin/services");
			assertThat(page.locator(".items")).containsText("Offered by Maya Chen");
			assertThat(page.locator(".items")).containsText("Free");
			Chromium.screenshot(page, "admin-services");

			page.navigate(base + "/admin/therapists");
			assertThat(page.locator(".items")).containsText("Mon, Tue, Thu · 22 h a week");
			Chromium.screenshot(page, "admin-therapists");
		}
		assertThat(TestMail.awaitMessageTo("maya@test.fascia.dev", Duration.ofSeconds(15)).getSubject())
			.isEqualTo("Welcome to Northside Back Care on Fascia");

		try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = phone.newPage();
			page.navigate(base + "/login");
			page.getByLabel("Email").fill(OWNER);
			page.getByLabel("Password").fill(PASSWORD);
			button(page, "Sign in").click();
			for (String path : new String[] { "/admin/clinic", "/admin/rooms", "/admin/services", "/admin/services/new",
					"/admin/therapists", therapistPath }) {
				page.navigate(base + path);
				Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
				assertThat(overflow).as("no sideways scrolling at 390 px on %s", path).isEqualTo(false);
			}
			page.navigate(base + therapistPath);
			Chromium.screenshot(page, "admin-therapist-phone");
		}
	}

}
