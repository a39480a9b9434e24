package org.fascia.booking;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.fascia.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The owner of the demo clinic in real Chromium: a busy Wednesday in the calendar, an appointment
 * opened from the grid, a move refused (the time is taken) and then made, and the week. The clock
 * is set to that Wednesday at 12:40, so the morning is past. Screenshots go to target/screenshots/.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.test.context=browser-calendar", "fascia.demo=true" })
@Import(DemoDay.class)
class CalendarInBrowserTest {

	static final MutableClock CLOCK = new MutableClock();

	static Chromium chromium;

	@TestBean
	Clock clock;

	static Clock clock() {
		return CLOCK;
	}

	@LocalServerPort
	int port;

	@Autowired
	DemoDay demo;

	@BeforeAll
	static void start() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void stop() {
		chromium.close();
	}

	@AfterEach
	void resetClock() {
		CLOCK.reset();
	}

	private static void top(Page page) {
		page.evaluate("window.scrollTo(0, 0)");
	}

	@Test
	void theOwnerScansTheDayOpensAnAppointmentAndMovesIt() {
		LocalDate wednesday = LocalDate.now(BookingFixture.ZONE).plusDays(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
		DemoDay.Seeded seeded = demo.seed(wednesday);
		CLOCK.advance(Duration.between(CLOCK.instant(), wednesday.atTime(12, 40).atZone(BookingFixture.ZONE).toInstant()));
		demo.afterTheMorning(seeded);

		String base = "http://127.0.0.1:" + port;
		try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"))) {
			Page page = context.newPage();
			List<String> errors = new ArrayList<>();
			page.onConsoleMessage(message -> {
				// Refused requests (the 409 of the conflict) are checked on the page; scripts and the CSP are here.
				if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
					errors.add(message.text() + " @ " + message.location() + " on " + page.url());
				}
			});
			page.navigate(base + "/login");
			page.getByLabel("Email").fill("owner@demo.fascia.test");
			page.getByLabel("Password").fill("fascia-demo-2026");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Calendar").setExact(true)).click();

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(
					wednesday.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK)));
			Locator grid = page.locator("#calendar-grid");
			assertThat(grid.locator(".cal-col h2")).hasText(new String[] { "Lena Svensson", "Maya Chen", "Tom Okafor" });
			assertThat(grid).containsText("No-show");
			assertThat(grid).containsText("Completed");
			assertThat(grid).containsText("Late cancellation");
			top(page);
			Chromium.screenshot(page, "calendar-day");

			// Open Priya's 15:00 with Tom from the grid, with the keyboard.
			Locator block = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("15:00 to 16:00, Priya S."));
			block.focus();
			page.keyboard().press("Enter");
			Locator panel = page.locator("#calendar-panel");
			assertThat(panel.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Priya Shah"))).isFocused();
			assertThat(panel).containsText("Deep tissue massage (60 min)");
			assertThat(block).hasClass(java.util.regex.Pattern.compile("is-selected"));

			// 17:00 is Alex's: refused in place, with the next free times; nothing moves.
			panel.getByLabel("Start").fill("17:00");
			panel.getByLabel("Reason").first().fill("Client asked for later in the day");
			panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move the appointment")).click();
			assertThat(panel.getByRole(AriaRole.ALERT)).containsText("This time is no longer free");
			assertThat(panel.getByRole(AriaRole.ALERT)).containsText("The next free times");
			assertThat(grid.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("15:00 to 16:00, Priya S."))).isVisible();
			top(page);
			Chromium.screenshot(page, "calendar-conflict");

			// Maya is free at 16:30.
			panel.getByLabel("Therapist").selectOption(new SelectOption().setLabel("Maya Chen"));
			panel.getByLabel("Start").fill("16:30");
			panel.getByLabel("Reason").first().fill("Client asked for later in the day");
			panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move the appointment")).click();
			assertThat(panel.getByRole(AriaRole.STATUS)).containsText("Moved to");
			Locator moved = grid.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("16:30 to 17:30, Priya S."));
			assertThat(moved).isVisible();
			assertThat(moved).hasAttribute("aria-label", java.util.regex.Pattern.compile("with Maya Chen$"));
			top(page);
			Chromium.screenshot(page, "calendar-move");

			// Escape closes the panel and gives focus back to the grid.
			page.keyboard().press("Escape");
			assertThat(panel).isEmpty();

			// Book Sofia with Lena at 15:00: the client list and the free times refresh in place.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book an appointment")).click();
			assertThat(panel.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Book an appointment"))).isFocused();
			// Type only once htmx has wired up the freshly swapped form (on a busy machine it can lag).
			page.waitForFunction("() => { const q = document.getElementById('book-q');"
					+ " return q && q['htmx-internal-data'] !== undefined && !document.querySelector('.htmx-settling'); }");
			panel.getByLabel("Find the client").fill("sof");
			assertThat(panel.getByLabel("Client", new Locator.GetByLabelOptions().setExact(true)).locator("option"))
				.containsText(new String[] { "Choose the client", "Sofia Reyes" });
			panel.getByLabel("Client", new Locator.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Sofia Reyes"));
			panel.getByLabel("Service").selectOption(new SelectOption().setLabel("Swedish massage (60 min)"));
			panel.getByLabel("Therapist").selectOption(new SelectOption().setLabel("Lena Svensson"));
			Locator start = panel.getByLabel("Start");
			assertThat(start.locator("option", new Locator.LocatorOptions().setHasText("15:00"))).hasCount(1);
			start.selectOption(new SelectOption().setLabel("15:00"));
			top(page);
			Chromium.screenshot(page, "calendar-book");
			panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Book").setExact(true)).click();
			assertThat(panel.getByRole(AriaRole.STATUS)).containsText("Booked Sofia Reyes");
			assertThat(grid.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("15:00 to 16:00, Sofia R."))).isVisible();

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Week").setExact(true)).click();
			assertThat(page.locator("table.cal-week")).containsText("Priya S.");
			assertThat(page.locator("table.cal-week th.is-today")).hasCount(1);
			top(page);
			Chromium.screenshot(page, "calendar-week");

			// Without htmx the appointment is a page of its own.
			page.navigate(base + "/calendar/appointments/" + seeded.ids().get("maya-11:45"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ben Carter"))).isVisible();
			Chromium.screenshot(page, "calendar-appointment-page");

			// Maya's private feed, created by the owner and read by a calendar app without signing in.
			page.navigate(base + "/calendar/feed");
			page.getByLabel("Therapist").selectOption(new SelectOption().setLabel("Maya Chen"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the feed address")).click();
			String feed = page.locator("code.token").textContent();
			Chromium.screenshot(page, "calendar-feed");
			try (BrowserContext calendarApp = chromium.browser().newContext()) {
				var ics = calendarApp.request().get(base + feed.substring(feed.indexOf("/calendar/feeds/")));
				assertThat(ics.status()).isEqualTo(200);
				assertThat(ics.text()).contains("BEGIN:VTIMEZONE", "TZID:Europe/London",
						"SUMMARY:Priya S. – Deep tissue massage (60 min)");
			}
			assertThat(errors).as("console errors (CSP violations show here)").isEmpty();
		}

		try (BrowserContext tablet = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1024, 768).setLocale("en-GB"))) {
			Page page = tablet.newPage();
			page.navigate(base + "/login");
			page.getByLabel("Email").fill("frontdesk@demo.fascia.test");
			page.getByLabel("Password").fill("fascia-demo-2026");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			page.navigate(base + "/calendar");
			assertThat(page.locator(".cal-block").first()).isVisible();
			Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
			assertThat(overflow).as("no sideways scrolling of the page on a tablet").isEqualTo(false);
			Chromium.screenshot(page, "calendar-day-tablet");
		}
		assertThat(seeded.count()).isPositive();
	}

}
