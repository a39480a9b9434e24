package org.fascia.care;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.fascia.booking.Actor;
import org.fascia.booking.BookingService;
import org.fascia.booking.Slot;
import org.fascia.clients.ClientDirectory;
import org.fascia.outcomes.Instrument;
import org.fascia.outcomes.OutcomeResponses;
import org.fascia.outcomes.OutcomeRound;
import org.fascia.outcomes.OutcomeSource;
import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.fascia.support.DemoClinicInBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The owner's outcome dashboard in real Chromium on the demo clinic, at 1280 px and on a 360 px phone: ten
 * clients with plans booked through {@link CarePlans} with Maya, Tom and Lena and NPRS scores stored through
 * {@link OutcomeResponses}, one plan not booked and unscored. The owner follows the "Outcomes" link and reads the
 * three tables. Screenshots: target/screenshots/outcome-dashboard.png and outcome-dashboard-phone.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-outcome-dashboard" })
class OutcomeDashboardInBrowserTest extends DemoClinicInBrowser {

	@Autowired
	CarePlans plans;

	@Autowired
	BookingService booking;

	@Autowired
	OutcomeResponses responses;

	@Autowired
	ClientDirectory clients;

	private long owner() {
		return id("select id from app_user where email = :v", "owner@demo.fascia.test");
	}

	/** A new client with a plan booked with the therapist (the first free time from tomorrow) and NPRS scores. */
	private void client(String name, String therapist, String service, String approach, int baseline, int... visits) {
		long owner = owner();
		String[] parts = name.split(" ");
		long client = clients.create(null, parts[0], parts[1], parts[0].toLowerCase() + "@example.test", null);
		CarePlan plan = plans.create(client, new CarePlanForm("", approach, List.of("INSTRUMENT"), List.of("NPRS"),
				List.of("<= 3"), List.of(""), "1", String.valueOf(Math.max(visits.length, 1)), "", "", List.of()), owner);
		if (therapist == null) {
			return;
		}
		long therapistId = id("select id from therapist where display_name = :v", therapist);
		long serviceId = id("select id from service where name = :v", service);
		LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1);
		List<Slot> free = List.of();
		while (free.isEmpty()) {
			free = booking.availability(serviceId, day, day, therapistId, true);
			day = day.plusDays(1);
		}
		CarePlan booked = plans.book(client, plan.id(), therapistId, serviceId, free.get(0).start(),
				Actor.staff(owner, true));
		if (baseline < 0) {
			return;
		}
		nprs(client, OutcomeRound.BASELINE, null, baseline, owner);
		for (int i = 0; i < visits.length; i++) {
			nprs(client, OutcomeRound.VISIT, booked.appointmentIds().get(i), visits[i], owner);
		}
	}

	private void nprs(long client, OutcomeRound round, Long appointment, int pain, long by) {
		responses.record(client, new OutcomeResponses.NewResponse(Instrument.NPRS, round, appointment, null,
				Map.of("pain", pain), OutcomeSource.SESSION, by));
	}

	@Test
	void theOwnerReadsTheSharesOnALaptopAndOnAPhone() {
		String deep = "Deep tissue massage (60 min)";
		String swedish = "Swedish massage (60 min)";
		String myofascial = "Myofascial release (45 min)";
		client("Ana Lopez", "Maya Chen", deep, "DEEP_TISSUE", 7, 7, 6, 5, 5, 4, 4, 4, 3, 3, 3);
		client("Ben Carter", "Maya Chen", deep, "DEEP_TISSUE", 6, 6, 6, 6, 6, 5, 5);
		client("Cara Doyle", "Maya Chen", myofascial, "MYOFASCIAL_RELEASE", 8, 8, 7, 6, 6);
		client("Dev Mehta", "Maya Chen", deep, "DEEP_TISSUE", 5, 5, 4);
		client("Eli Brooks", "Tom Okafor", deep, "DEEP_TISSUE", 6, 6, 5, 4, 4, 4, 4, 3, 3, 3, 3);
		client("Fay Gordon", "Tom Okafor", swedish, "SWEDISH", 4, 4, 4, 3, 3, 3, 3);
		client("Gus Harris", "Tom Okafor", swedish, "SWEDISH", 3, 3, 3, 3, 2);
		client("Hana Ito", "Lena Svensson", swedish, "SWEDISH", 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7);
		client("Ivo Jansen", "Lena Svensson", myofascial, "MYOFASCIAL_RELEASE", 5, 5, 5, 4, 3, 3, 3);
		client("Jo Keane", "Lena Svensson", swedish, "SWEDISH", -1, 1, 1, 1, 1);
		client("Kit Lowe", null, null, "SWEDISH", -1);

		try (BrowserContext laptop = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = laptop.newPage();
			signIn(page, base(), "owner@demo.fascia.test");
			page.navigate(base() + "/dashboard");
			page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Outcomes")).click();
			assertThat(page.locator("h1")).containsText("Outcomes");
			Locator overall = page.locator("#shares-overall tbody tr");
			assertThat(overall).containsText("11");
			assertThat(overall).containsText("2 without a baseline");
			// by 4: Ana, Ben, Cara, Eli, Fay, Gus, Hana, Ivo have 4 visits; Ana, Cara, Eli, Gus (3 -> 2), Ivo reached
			assertThat(overall.locator("td").nth(1)).hasText("5 of 8 (63%)");
			// by 6: Ana, Ben, Eli, Fay, Hana, Ivo have 6 visits; Ana, Eli, Ivo reached (Fay 4 -> 3 is 25%, Ben 6 -> 5 17%)
			assertThat(overall.locator("td").nth(2)).hasText("3 of 6 (50%)");
			assertThat(overall.locator("td").nth(3)).hasText("2 of 3 (67%)");
			assertThat(page.locator("#shares-therapist tbody tr").filter(new Locator.FilterOptions().setHasText("Maya Chen")))
				.containsText("2 of 3 (67%)");
			assertThat(page.locator("#shares-therapist tbody tr").filter(new Locator.FilterOptions().setHasText("Not booked yet")))
				.containsText("no client has reached visit 4 yet");
			assertThat(page.locator("#shares-approach caption")).hasText("By the massage approach of the client’s care plan: reached the MCID by visit 4, 6 and 10");
			assertThat(page.locator(".share-rule")).containsText("Ostelo 2008 consensus; Childs 2005");
			org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
				.as("nothing wider than the window").isLessThanOrEqualTo(1280);
			Chromium.screenshot(page, "outcome-dashboard");
		}

		Browser.NewContextOptions phone = new Browser.NewContextOptions().setViewportSize(360, 780)
			.setDeviceScaleFactor(2).setHasTouch(true).setIsMobile(true);
		try (BrowserContext small = chromium.browser().newContext(phone)) {
			Page page = small.newPage();
			signIn(page, base(), "owner@demo.fascia.test");
			page.navigate(base() + "/admin/outcomes");
			assertThat(page.locator("#shares-overall tbody tr td").nth(1)).hasText("5 of 8 (63%)");
			org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
				.as("nothing wider than the phone").isLessThanOrEqualTo(360);
			Chromium.screenshot(page, "outcome-dashboard-phone");
			page.locator("#shares-therapist").screenshot(new Locator.ScreenshotOptions()
				.setPath(Chromium.SCREENSHOTS.resolve("outcome-dashboard-phone-therapists.png")));
		}
	}

}
