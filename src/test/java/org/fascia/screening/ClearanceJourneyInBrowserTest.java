package org.fascia.screening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

import org.fascia.clients.ClientAccounts;
import org.fascia.clients.ClientDirectory;
import org.fascia.identity.Account;
import org.fascia.identity.Role;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole NEEDS_CLEARANCE journey in real Chromium on the demo clinic: a client answers the intake
 * with a blood thinner, reads what to ask their doctor and downloads the letter; a treatment cannot be
 * booked (a consultation can); the front desk records the physician's clearance with the scanned reply;
 * the client then books the treatment. Screenshots: target/screenshots/journey-*.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-clearance-journey" })
@Import(TestAccounts.class)
class ClearanceJourneyInBrowserTest {

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
	ScreeningRecords records;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void start() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void stop() {
		chromium.close();
	}

	static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	static void signIn(Page page, String base, String email) {
		page.navigate(base + "/login");
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(TestAccounts.PASSWORD);
		button(page, "Sign in").click();
	}

	/** A Monday-to-Thursday day (when Maya Chen works) at least four days ahead. */
	static LocalDate workingDay() {
		LocalDate day = LocalDate.now(LONDON).plusDays(4);
		while (day.getDayOfWeek().getValue() > 4) {
			day = day.plusDays(1);
		}
		return day;
	}

	static void showTimes(Page page, String base, String service) {
		page.navigate(base + "/book");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(service)).first().click();
		page.getByLabel("Therapist").selectOption(new SelectOption().setLabel("Maya Chen"));
		page.getByLabel("Day").fill(workingDay().toString());
		button(page, "Show times").click();
	}

	@Test
	void aBloodThinnerBlocksTreatmentUntilTheFrontDeskRecordsTheDoctorsClearance() {
		Account desk = accounts.create(Role.FRONT_DESK);
		String email = TestAccounts.unique("clearance-journey");
		Account account = clientAccounts
			.signUp(new ClientAccounts.SignUp("Morgan", "Hale", email, null, TestAccounts.PASSWORD));
		accounts.confirmEmail(email);
		long clientId = clients.idForUser(account.id()).orElseThrow();
		String base = "http://127.0.0.1:" + port;

		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setAcceptDownloads(true))) {
			Page page = context.newPage();
			signIn(page, base, email);
			page.navigate(base + "/portal/intake");
			page.getByLabel("First name").fill("Morgan");
			page.getByLabel("Last name").fill("Hale");
			page.getByLabel("How old are you?").fill("58");
			page.getByLabel("Male", new Page.GetByLabelOptions().setExact(true)).check();
			EmergencyInBrowserTest.next(page);
			page.getByLabel("Phone number").fill("07700 900123");
			EmergencyInBrowserTest.next(page);
			page.getByLabel("Their name").fill("Sam Hale");
			page.getByLabel("Their phone number").fill("07700 900124");
			EmergencyInBrowserTest.next(page);
			EmergencyInBrowserTest.next(page); // the doctor's details are optional
			page.getByLabel("How long has this episode of pain lasted?").fill("2");
			page.getByLabel("Unit").selectOption("years");
			page.getByLabel("About the same").check();
			EmergencyInBrowserTest.answerTheRestNo(page);
			EmergencyInBrowserTest.next(page);
			for (int guard = 0; guard < 12 && !page.url().endsWith("/review"); guard++) {
				if (page.locator("#anticoagulant--true").isVisible()) {
					page.locator("#anticoagulant--true").check();
				}
				EmergencyInBrowserTest.answerTheRestNo(page);
				EmergencyInBrowserTest.next(page);
			}
			button(page, "Submit").click();

			// the result: a doctor's note first, in plain words, with the letter to take along
			assertThat(page).hasURL(base + "/portal/screening?from=intake");
			assertThat(page.locator("main")).containsText("doctor");
			assertThat(page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(Pattern.compile("letter for your doctor", Pattern.CASE_INSENSITIVE))))
				.isVisible();
			Chromium.screenshot(page, "journey-needs-clearance");
			assertThat(records.current(clientId).orElseThrow().result().decision()).isEqualTo(Decision.NEEDS_CLEARANCE);

			// a treatment cannot be booked: the page says why instead of offering times
			showTimes(page, base, "Deep tissue massage (60 min)");
			assertThat(page.locator(".screening-note")).containsText("doctor");
			assertThat(page.locator("#slots a.slot")).hasCount(0);
			assertThat(page.getByText("Join the waitlist")).hasCount(0);
			Chromium.screenshot(page, "journey-treatment-blocked");

			// the front desk records the clearance with the scanned reply
			try (BrowserContext deskContext = chromium.browser()
				.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
				Page deskPage = deskContext.newPage();
				signIn(deskPage, base, desk.email());
				deskPage.navigate(base + "/clients/" + clientId + "/screening");
				assertThat(deskPage.locator(".gate-today")).containsText("A treatment cannot be booked today");
				deskPage.getByLabel("Physician's name").fill("Dr Priya Anand");
				deskPage.getByLabel("Cleared on").fill(LocalDate.now(LONDON).toString());
				deskPage.getByLabel("Expires on").fill(LocalDate.now(LONDON).plusMonths(6).toString());
				deskPage.getByLabel("Restrictions").fill("Light pressure only.");
				deskPage.getByLabel("The physician's signed reply")
					.setInputFiles(new FilePayload("reply.png", "image/png", ClearancesTest.PNG));
				button(deskPage, "Record the clearance").click();
				assertThat(deskPage.locator(".gate-today")).containsText("A treatment can be booked today");
				Chromium.screenshot(deskPage, "journey-clearance-recorded");
			}

			// now the client books the treatment
			showTimes(page, base, "Deep tissue massage (60 min)");
			assertThat(page.locator(".screening-note")).hasCount(0);
			page.locator("#slots a.slot").first().click();
			button(page, "Confirm booking").click();
			assertThat(page).hasURL(Pattern.compile(".*/portal\\?booked=\\d+"));
			assertThat(page.getByText("Your appointment is booked")).isVisible();
			Chromium.screenshot(page, "journey-treatment-booked");
		}
		assertThat(jdbc.sql("select count(*) from appointment where client_id = :c and status = 'BOOKED'")
			.param("c", clientId)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

}
