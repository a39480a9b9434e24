package org.fascia.booking;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import jakarta.mail.internet.MimeMessage;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.fascia.support.TestAccounts;
import org.fascia.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new client books online in real Chromium on the demo clinic: service, therapist, day, time,
 * account, confirm; the confirmation with a valid calendar file arrives (GreenMail); they cancel.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-booking" })
class BookingInBrowserTest {

	static Chromium chromium;

	@LocalServerPort
	int port;

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

	@Test
	void aNewClientBooksGetsTheConfirmationAndCancels() throws Exception {
		String base = "http://127.0.0.1:" + port;
		String email = TestAccounts.unique("newclient");
		try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = context.newPage();
			page.navigate(base + "/");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book a visit")).first().click();
			assertThat(page).hasURL(base + "/book");
			Chromium.screenshot(page, "book-services");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deep tissue massage (60 min)")).first().click();

			page.getByLabel("Therapist").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Maya Chen"));
			java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(4);
			while (day.getDayOfWeek().getValue() > 4) {
				day = day.plusDays(1); // Maya works Monday to Thursday
			}
			page.getByLabel("Day").fill(day.toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show times")).click();
			String heading = day.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", java.util.Locale.UK));
			assertThat(page.locator("#slots h2")).hasText(heading);
			assertThat(page.locator("#slots a.slot").first()).containsText("Maya Chen");
			assertThat(page.locator("#slots a.slot", new Page.LocatorOptions().setHasText("Tom Okafor"))).hasCount(0);
			Chromium.screenshot(page, "book-times");
			page.locator("#slots a.slot").first().click();

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confirm your visit"))).isVisible();
			page.getByLabel("First name").fill("Jamie");
			page.getByLabel("Last name").fill("Rivers");
			page.getByLabel("Email").fill(email);
			page.getByLabel("Phone (optional)").fill("07700 900555");
			page.getByLabel("Choose a password").fill("my sore back needs care");
			page.getByLabel("I have read the privacy notice and agree to it").check();
			Chromium.screenshot(page, "book-account");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();

			// branch client-accounts: the address is confirmed first; the mailed link (GreenMail) signs the
			// client in and leads back to this visit's confirmation.
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your inbox"))).isVisible();
			MimeMessage confirmation = TestMail.awaitMessageTo(email, Duration.ofSeconds(20));
			assertThat(confirmation.getSubject()).startsWith("Confirm your email address");
			java.util.regex.Matcher link = java.util.regex.Pattern.compile("/signup/verify\\?token=[A-Za-z0-9_-]+")
				.matcher(TestMail.body(confirmation));
			assertThat(link.find()).isTrue();
			page.navigate(base + link.group());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my email address")).click();

			assertThat(page.getByText("You are signed in as")).isVisible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm booking")).click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/portal\\?booked=\\d+"));
			assertThat(page.getByText("Your appointment is booked")).isVisible();
			assertThat(page.locator(".appointment")).hasCount(1);
			Chromium.screenshot(page, "portal-booked");

			MimeMessage mail = awaitBooked(email);
			assertThat(mail.getSubject()).startsWith("Your appointment is booked");
			assertThat(TestMail.body(mail)).contains("Maya Chen").contains("/appointments/manage?token=");
			Calendar ics = BookingApiTest.attachedCalendar(mail);
			assertThat(ics.validate().hasErrors()).as(String.valueOf(ics.validate().getEntries())).isFalse();
			VEvent event = ics.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
			Instant booked = jdbc.sql("select a.start_at from appointment a join client c on c.id = a.client_id where c.email = :e")
				.param("e", email).query((rs, i) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).single();
			assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(booked);
			assertThat(ics.getComponent("VTIMEZONE")).isPresent();

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Cancel"))).click();
			Chromium.screenshot(page, "portal-cancelled");
			assertThat(page.getByText("Your appointment is cancelled")).isVisible();
			assertThat(page.getByText("Nothing booked yet.")).isVisible();
			assertThat(page.locator(".appointment-past")).containsText("Cancelled");
			assertThat(jdbc.sql("select a.status from appointment a join client c on c.id = a.client_id where c.email = :e")
				.param("e", email).query(String.class).single()).isEqualTo("CANCELLED");
		}
	}

	/** The booking confirmation among the mails to this address (the first one confirmed the address). */
	private static MimeMessage awaitBooked(String email) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			for (MimeMessage message : TestMail.messagesTo(email)) {
				if (message.getSubject().startsWith("Your appointment is booked")) {
					return message;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no booking confirmation to " + email);
	}

}
