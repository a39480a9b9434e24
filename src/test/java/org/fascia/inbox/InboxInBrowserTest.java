package org.fascia.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.fascia.screening.Decision;
import org.fascia.screening.ReferralAdvice;
import org.fascia.screening.ScreeningKind;
import org.fascia.screening.ScreeningRecords;
import org.fascia.screening.ScreeningResult;
import org.fascia.support.Axe;
import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.fascia.support.DemoClinicInBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In real Chromium on the demo clinic: a visitor on a 360 px phone sends the "Ask us" form (first with a missing
 * field, then complete) and gets the thank-you page; the owner at 1280 px finds the enquiry in the inbox among an
 * intake alert and notes to finish, marks the alert done in place (htmx), and replies to the enquiry. axe-core is
 * clean on each page. Screenshots: target/screenshots/contact.png, contact-errors.png, inbox.png, enquiry.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-inbox" })
class InboxInBrowserTest extends DemoClinicInBrowser {

	@Autowired
	ScreeningRecords screenings;

	@Test
	void aVisitorAsksOnAPhoneAndTheOwnerAnswersFromTheInbox() {
		String base = base();
		try (BrowserContext phone = chromium.browser().newContext(phone())) {
			Page page = phone.newPage();
			page.navigate(base + "/");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask us")).first().click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tell us about your back"))).isVisible();
			// The honeypot is not reachable by keyboard and not in the accessibility tree.
			assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Leave this field empty"))).hasCount(0);
			page.getByLabel("Your message").focus();
			page.keyboard().press("Tab");
			assertThat(page.locator("#consent")).isFocused();
			fitsIn(page, 360);
			Axe.clean(page);
			Chromium.screenshot(page, "contact");
			page.getByLabel("Your name").fill("Hannah Brooks");
			page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill("hannah.brooks@example.com");
			page.getByLabel("Your message").fill("I sit at a desk all day and my lower back aches by the evening. "
					+ "Would a deep tissue massage help, or is something gentler better to start with?");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send your message")).click();
			assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Your message was not sent yet.");
			assertThat(page.locator("#consent-error")).containsText("Please agree that we may contact you");
			assertThat(page.getByLabel("Your name")).hasValue("Hannah Brooks");
			fitsIn(page, 360);
			Axe.clean(page);
			Chromium.screenshot(page, "contact-errors");
			page.getByLabel("I agree that Northside Back Care may contact me").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send your message")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thank you, we have your message"))).isVisible();
			fitsIn(page, 360);
			Axe.clean(page);
		}
		long alex = id("select id from client where first_name = :v", "Alex");
		screenings.store(alex, null, ScreeningKind.HEALTH_CHANGE,
				new ScreeningResult(Decision.URGENT_REFERRAL, ReferralAdvice.URGENT, List.of(), List.of()), "test", true, null);
		long priya = id("select id from client where first_name = :v", "Priya");
		String service = jdbc.sql("select name from service where kind = 'TREATMENT' order by id").query(String.class).list().get(0);
		appointment(priya, "Maya Chen", service, Instant.now().minus(Duration.ofDays(4)), Duration.ofMinutes(60), "COMPLETED");

		try (BrowserContext desktop = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = desktop.newPage();
			signIn(page, base, "owner@demo.fascia.test");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inbox")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("What needs someone"))).isVisible();
			assertThat(page.locator(".inbox-list")).containsText("Enquiry from Hannah Brooks");
			assertThat(page.locator(".inbox-list")).containsText("Urgent referral: Alex Morgan");
			assertThat(page.locator(".inbox-list")).containsText("Note not written: Priya Shah");
			Axe.clean(page);
			Chromium.screenshot(page, "inbox");
			Locator alertItem = page.locator(".inbox-item").filter(new Locator.FilterOptions().setHasText("Urgent referral: Alex Morgan"));
			// By keyboard: the button, Enter; htmx swaps the item in place and focus lands on its new state.
			alertItem.getByRole(AriaRole.BUTTON).focus();
			page.keyboard().press("Enter");
			Locator doneItem = page.locator(".inbox-item").filter(new Locator.FilterOptions().setHasText("Urgent referral: Alex Morgan"));
			assertThat(doneItem.getByRole(AriaRole.STATUS)).containsText("Done");
			assertThat(doneItem.getByRole(AriaRole.STATUS)).isFocused();
			assertThat(page).hasURL(base + "/inbox");
			assertThat(doneItem).containsText("by Olivia Grant");
			Axe.clean(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enquiries")).click();
			assertThat(page.locator(".inbox-list")).not().containsText("Urgent referral: Alex Morgan");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enquiry from Hannah Brooks")).click();
			page.getByLabel("Reply to hannah.brooks@example.com").fill("Dear Hannah, thank you for writing. A gentle "
					+ "60-minute Swedish massage is a good start; we can talk it through at a free consultation. Best, Olivia");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the reply")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your reply is on its way.");
			assertThat(page.locator(".enquiry-replies")).containsText("Dear Hannah");
			Axe.clean(page);
			Chromium.screenshot(page, "enquiry");
		}
	}

}
