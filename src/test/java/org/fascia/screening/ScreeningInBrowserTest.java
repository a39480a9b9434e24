package org.fascia.screening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicTime;
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

/**
 * Front desk in real Chromium: a wrong file is explained next to the field, the scanned reply is
 * recorded, the gate opens, and the physician's letter downloads. Screenshots:
 * target/screenshots/screening-*.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=9" })
@Import(TestAccounts.class)
class ScreeningInBrowserTest {

	static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientDirectory clients;

	@Autowired
	ScreeningRecords records;

	@Autowired
	ScreeningGate gate;

	@Autowired
	ClinicTime clinicTime;

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
	void frontDeskRecordsAClearanceWithTheScannedReply() throws Exception {
		Account desk = accounts.create(Role.FRONT_DESK);
		long client = clients.create(null, "Hana", "Kowalski", null, null);
		records.store(client, null, ScreeningKind.INTAKE, Results.needsClearance(), "v1", true, desk.id());
		String base = "http://127.0.0.1:" + port;
		List<String> console = new ArrayList<>();
		try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
			.setViewportSize(1280, 900).setLocale("en-GB").setTimezoneId("Europe/London").setAcceptDownloads(true))) {
			Page page = context.newPage();
			page.onConsoleMessage(message -> {
				// Chromium asks for /favicon.ico on its own; the clinic has none.
				if ("error".equals(message.type()) && !String.valueOf(message.location()).contains("favicon")) {
					console.add(message.text() + " at " + message.location());
				}
			});
			page.navigate(base + "/login");
			page.getByLabel("Email").fill(desk.email());
			page.getByLabel("Password").fill(TestAccounts.PASSWORD);
			button(page, "Sign in").click();
			page.navigate(base + "/clients/" + client);
			page.getByText("Health screening and clearances").click();
			assertThat(page).hasURL(base + "/clients/" + client + "/screening");
			assertThat(page.locator(".screening-current")).containsText("Needs a physician's clearance");
			assertThat(page.locator(".screening-findings")).containsText(Results.SURGERY.title());
			assertThat(page.locator(".screening-findings")).containsText("marked for clinical review");
			assertThat(page.locator(".gate-today")).containsText("A treatment cannot be booked today");
			Chromium.screenshot(page, "screening-needs-clearance");

			// A text file named like a PDF: explained next to the field, and the typed values stay.
			page.getByLabel("Physician's name").fill("Dr Ana Rivera");
			page.getByLabel("Cleared on").fill(clinicTime.today().toString());
			page.getByLabel("The physician's signed reply").setInputFiles(new FilePayload("reply.pdf",
					"application/pdf", "just some text".getBytes()));
			button(page, "Record the clearance").click();
			assertThat(page.locator("#document-error")).containsText("not a PDF, JPEG or PNG");
			assertThat(page.getByLabel("Physician's name")).hasValue("Dr Ana Rivera");
			Chromium.screenshot(page, "screening-wrong-file");

			page.getByLabel("Expires on").fill(clinicTime.today().plusMonths(6).toString());
			page.getByLabel("Restrictions").fill("No deep pressure on the legs; side-lying only.");
			page.getByLabel("The physician's signed reply").setInputFiles(new FilePayload("reply.png", "image/png",
					ClearancesTest.PNG));
			button(page, "Record the clearance").click();
			assertThat(page.locator(".notice.success").first()).containsText("Clearance from Dr Ana Rivera recorded");
			assertThat(page.locator(".gate-today")).containsText("A treatment can be booked today");
			assertThat(page.locator("table").first()).containsText("Valid");
			assertThat(gate.check(client, true, clinicTime.today()).allowed()).isTrue();
			Chromium.screenshot(page, "screening-cleared");

			Download letter = page.waitForDownload(() -> page.getByText("Download letter for the physician").click());
			byte[] pdf = Files.readAllBytes(letter.path());
			assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
			assertThat(ClearanceLetterTest.text(pdf)).contains("Hana Kowalski");
		}
		assertThat(console).as("no console errors (CSP)").isEmpty();
	}

}
