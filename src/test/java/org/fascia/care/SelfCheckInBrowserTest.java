package org.fascia.care;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

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
 * An anonymous visitor answers the self-check at phone width and sees a modest recommendation with the
 * evidence note and the booking link. Screenshot: target/screenshots/consultation-self-check.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.test.context=browser-self-check" })
@Import(TestAccounts.class)
class SelfCheckInBrowserTest {

	static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@BeforeAll
	static void start() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void stop() {
		chromium.close();
	}

	@Test
	void aVisitorAtPhoneWidthGetsARecommendation() {
		accounts.ensureClinic();
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(360, 800))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + port + "/which-massage");
			org.fascia.support.BrowserForms.selfCheckWithoutWarningSigns(page);
			assertThat(page.locator("#self-check-result")).containsText("Myofascial release");
			assertThat(page.locator("#self-check-result")).containsText("Cherkin 2011");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book a free consultation")))
				.isVisible();
			Chromium.screenshot(page, "consultation-self-check");
		}
	}
}
