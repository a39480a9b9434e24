package org.fascia.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.fascia.support.Axe;
import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.fascia.support.DemoClinicInBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo clinic's public site in real Chromium, at 360 px (a phone) and 1280 px: home, services, a service,
 * the team, an article and the FAQ are axe-clean, fit the window, and read like a clinic's site. The owner's
 * editor previews Markdown live through htmx. Screenshots: target/screenshots/site-*.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-site",
				"fascia.base-url=https://www.northsidebackcare.example" })
class PublicSiteInBrowserTest extends DemoClinicInBrowser {

	private static final String[][] PAGES = { { "/", "site-home" }, { "/services", "site-services" },
			{ "/services/deep-tissue-massage-60-min", "site-service" }, { "/therapists", "site-therapists" },
			{ "/articles/deep-tissue-massage", "site-article" }, { "/faq", "site-faq" }, { "/visit", "site-visit" },
			{ "/articles", "site-articles" } };

	@Test
	void thePublicPagesAreCleanOnAPhone() {
		try (BrowserContext context = chromium.browser().newContext(phone())) {
			Page page = context.newPage();
			for (String[] p : PAGES) {
				page.navigate(base() + p[0]);
				Axe.clean(page);
				fitsIn(page, 360);
				if (p[0].equals("/faq")) {
					page.locator("details summary").first().click();
					assertThat(page.locator("details[open] .prose").first()).isVisible();
				}
				Chromium.screenshot(page, p[1] + "-phone");
			}
		}
	}

	@Test
	void thePublicPagesAreCleanOnADesktop() {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			page.navigate(base() + "/");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Contact us today about your back pain");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book a visit")).first()).isVisible();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask us").setExact(true)).first())
				.isVisible();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Take the two-minute self-check")))
				.hasAttribute("href", "/which-massage");
			for (String[] p : PAGES) {
				page.navigate(base() + p[0]);
				Axe.clean(page);
				fitsIn(page, 1280);
				if (p[0].equals("/faq")) {
					page.locator("details summary").nth(0).click();
					page.locator("details summary").nth(3).click();
				}
				Chromium.screenshot(page, p[1]);
			}
			page.navigate(base() + "/services/deep-tissue-massage-60-min");
			assertThat(page.locator(".site-facts")).containsText("£75.00");
			assertThat(page.locator(".site-people")).containsText("Maya Chen");
			page.navigate(base() + "/articles/what-is-fascia");
			assertThat(page.locator(".prose")).containsText("Cochrane");
			assertThat(page.locator(".prose table")).isVisible();
		}
	}

	@Test
	void theOwnerSeesTheirMarkdownPreviewedAsTheyType() {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			signIn(page, base(), "owner@demo.fascia.test");
			page.navigate(base() + "/admin/articles/new");
			page.getByLabel("Text (Markdown)").fill("## Heat\n\nA **warm** wrap helps a little. <script>alert(1)</script>");
			assertThat(page.locator("#preview h3")).hasText("Heat");
			assertThat(page.locator("#preview strong")).hasText("warm");
			assertThat(page.locator("#preview script")).hasCount(0);
			Chromium.screenshot(page, "site-editor");
		}
	}

}
