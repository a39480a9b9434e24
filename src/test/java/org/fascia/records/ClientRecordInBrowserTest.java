package org.fascia.records;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A therapist opens demo clients' records in real Chromium at tablet width: the screening comes
 * first, with the cautions for the session and the findings' sources; a client who needs clearance
 * shows that no treatment can go ahead yet. Screenshots: target/screenshots/record-*.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-record" })
class ClientRecordInBrowserTest {

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

	long client(String firstName) {
		return jdbc.sql("select id from client where first_name = :n").param("n", firstName).query(Long.class).single();
	}

	@Test
	void theTherapistSeesCautionsAndClearanceBeforeTheSession() {
		String base = "http://127.0.0.1:" + port;
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(820, 1180))) {
			Page page = context.newPage();
			page.navigate(base + "/login");
			page.getByLabel("Email").fill("maya@demo.fascia.test");
			page.getByLabel("Password").fill("fascia-demo-2026");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

			page.navigate(base + "/clients/" + client("Alex"));
			assertThat(page.locator(".record-cautions")).containsText("NO_SPINAL_MANIPULATION");
			assertThat(page.locator(".screening-findings")).containsText("NICE NG59");
			Chromium.screenshot(page, "record-cautions");

			page.navigate(base + "/clients/" + client("Priya"));
			assertThat(page.locator("main")).containsText("clearance");
			assertThat(page.locator(".record-cautions")).containsText("LIGHT_PRESSURE_ONLY");
			Chromium.screenshot(page, "record-needs-clearance");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Health screening and clearances")).first()
				.click();
			assertThat(page.locator(".gate-today")).containsText("A treatment cannot be booked today");
		}
	}

}
