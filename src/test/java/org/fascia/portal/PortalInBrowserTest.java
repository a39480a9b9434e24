package org.fascia.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.fascia.booking.Actor;
import org.fascia.booking.BookingRequest;
import org.fascia.booking.BookingService;
import org.fascia.clients.ClientAccounts;
import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.NewService;
import org.fascia.clinic.ServiceKind;
import org.fascia.clinic.WorkingInterval;
import org.fascia.identity.Account;
import org.fascia.identity.Role;
import org.fascia.intake.IntakeResponses;
import org.fascia.intake.IntakeSubmitted;
import org.fascia.screening.Decision;
import org.fascia.screening.ScreeningRecords;
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
 * A client with cautions and a visit in three days, in real Chromium at phone width: the portal's
 * "Before your next visit", the calm result page, then "Yes, something has changed" with a fever, which
 * re-screens and shows the doctor-first page. Screenshots: target/screenshots/portal-*.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.test.context=browser-portal" })
@Import(TestAccounts.class)
class PortalInBrowserTest {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientAccounts clientAccounts;

	@Autowired
	ClientDirectory clients;

	@Autowired
	ClinicCatalog catalog;

	@Autowired
	BookingService booking;

	@Autowired
	IntakeResponses responses;

	@Autowired
	ScreeningRecords records;

	@BeforeAll
	static void start() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void stop() {
		chromium.close();
	}

	@Test
	void aClientReadsTheirResultAndTellsUsAboutAFeverBeforeTheirVisit() {
		accounts.ensureClinic();
		Account therapist = accounts.create(Role.THERAPIST);
		long therapistId = catalog.addTherapist(therapist.id(), therapist.displayName(), null);
		List<WorkingInterval> hours = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.add(new WorkingInterval(day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
		}
		catalog.setWorkingHours(therapistId, hours);
		catalog.addRoom("Room " + System.nanoTime());
		long serviceId = catalog.addService(new NewService("Deep tissue (60 min) " + System.nanoTime(), "Test", 60, 15,
				7500, ServiceKind.TREATMENT, true, List.of(therapistId)));
		String email = TestAccounts.unique("portal-browser");
		Account account = clientAccounts.signUp(new ClientAccounts.SignUp("Rowan", "Fields", email, null, TestAccounts.PASSWORD));
		long clientId = clients.idForUser(account.id()).orElseThrow();
		Instant start = LocalDate.now(LONDON).plusDays(3).atTime(10, 0).atZone(LONDON).toInstant();
		long appointmentId = booking.book(new BookingRequest(serviceId, therapistId, start, clientId),
				Actor.staff(accounts.create(Role.FRONT_DESK).id(), false)).id();
		responses.store(clientId, Map.of("age", 52, "sex", "female", "antiplatelet", true, "fever", false),
				IntakeResponses.Source.CLIENT, IntakeSubmitted.Kind.INTAKE, null, null);
		// a first visit tomorrow, so the visit in three days asks what has changed since it
		booking.book(new BookingRequest(serviceId, therapistId,
				LocalDate.now(LONDON).plusDays(1).atTime(10, 0).atZone(LONDON).toInstant(), clientId),
				Actor.staff(accounts.create(Role.FRONT_DESK).id(), false));

		String base = "http://127.0.0.1:" + port;
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(360, 800))) {
			Page page = context.newPage();
			page.navigate(base + "/login");
			page.getByLabel("Email").fill(email);
			page.getByLabel("Password").fill(TestAccounts.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			page.navigate(base + "/portal");

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Before your next visit")))
				.isVisible();
			assertThat(page.locator("#before-intake")).containsText("Health questions: done");
			assertThat(page.locator("#before-screening")).containsText("your therapist will adapt it to suit you");
			assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
			Chromium.screenshot(page, "portal-before-your-visit");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See your health answers' result")).click();
			assertThat(page.getByText("Your therapist will keep pressure moderate, without deep work.")).isVisible();
			Chromium.screenshot(page, "portal-screening-cautions");

			page.navigate(base + "/portal");
			page.locator("#health-check-" + appointmentId).getByRole(AriaRole.LINK).click();
			assertThat(page.getByText("Has anything about your health changed since your last visit?")).isVisible();
			// the changed items show only once "Yes" is chosen
			assertThat(page.locator("#fever-field")).isHidden();
			page.getByLabel("Yes, something has changed").check();
			assertThat(page.locator("#fever-field")).isVisible();
			page.locator("#fever--true").check();
			Chromium.screenshot(page, "portal-health-check");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();

			assertThat(page).hasURL(base + "/portal/screening?from=health-check");
			assertThat(page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName("Please see a doctor today or within the next few days")))
				.isVisible();
			assertThat(page.getByText("a consultation is still possible")).isVisible();
			assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
			Chromium.screenshot(page, "portal-screening-urgent");
		}
		assertThat(records.current(clientId).orElseThrow().decision()).isEqualTo(Decision.URGENT_REFERRAL);
		assertThat(responses.healthCheckFor(appointmentId).orElseThrow().changed()).isTrue();
	}

}
