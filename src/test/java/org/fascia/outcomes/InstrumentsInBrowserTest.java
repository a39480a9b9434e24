package org.fascia.outcomes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * The owner's instruments page at tablet width in real Chromium: the list with licences, a refused file with what
 * is wrong, then an ODI definition with wording imported. Screenshots: target/screenshots/instruments-*.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-instruments" })
class InstrumentsInBrowserTest extends DemoClinicInBrowser {

	@Test
	void theOwnerSeesTheLicencesAndImportsTheOdiWording() throws Exception {
		String base = "http://127.0.0.1:" + port;
		Path dir = Files.createTempDirectory("instruments");
		Path wrong = dir.resolve("odi-wrong.json");
		Files.writeString(wrong, InstrumentDefinitionsTest.file("odi.json").replace("\"s4\"", "\"s44\""), StandardCharsets.UTF_8);
		Path good = dir.resolve("odi.json");
		Files.writeString(good, InstrumentDefinitionsTest.withText(InstrumentDefinitionsTest.file("odi.json")).toPrettyString(),
				StandardCharsets.UTF_8);
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(800, 1100))) {
			Page page = context.newPage();
			signIn(page, base, "owner@demo.fascia.test");
			page.navigate(base + "/admin/instruments");
			assertThat(page.locator("h1")).hasText("Outcome instruments");
			assertThat(page.locator(".instrument-table tbody tr")).hasCount(6);
			Chromium.screenshot(page, "instruments-list");

			page.locator("input#definition").setInputFiles(wrong);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("is missing the items s4");
			Chromium.screenshot(page, "instruments-refused");

			page.locator("input#definition").setInputFiles(good);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("imported with its item text");
			assertThat(page.locator(".instrument-table tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHasText("Oswestry"))).containsText("Imported");
			Chromium.screenshot(page, "instruments-imported");
		}
	}

}
