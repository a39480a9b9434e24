package org.fascia.clients;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import org.fascia.support.Axe;
import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.fascia.support.DemoClinicInBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Family members in Chromium on a 360 px phone (issue 7, requirement 3), on the demo clinic: Alex Morgan manages
 * his daughter Isla's care, books her consultation (the confirmation asks who the visit is for), goes back to his
 * own care, and adds another child after the form named what was missing. Every page is axe-clean.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-family" })
class FamilyInBrowserTest extends DemoClinicInBrowser {

	@Test
	void aParentManagesTheirChildsCareOnAPhone() {
		String base = base();
		try (BrowserContext phone = chromium.browser().newContext(phone())) {
			Page page = phone.newPage();
			signIn(page, base, "alex@demo.fascia.test");
			page.navigate(base + "/portal");
			assertThat(page.locator("#family")).containsText("Isla Morgan");
			Axe.clean(page);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Manage Isla’s care")).click();
			assertThat(page.locator("#acting-for")).containsText("You are managing Isla Morgan’s care.");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Isla’s care"))).isVisible();
			assertThat(page.locator("#before-intake")).containsText("not started yet");
			fitsIn(page, 360);
			Axe.clean(page);
			Chromium.screenshot(page, "family-portal-child");

			page.navigate(base + "/portal/consent");
			assertThat(page.locator("#fullName-guardian")).containsText("You sign as Isla’s parent or guardian");
			assertThat(page.getByLabel("Your full name")).hasValue("Alex Morgan");
			Axe.clean(page);

			// book Isla's free consultation: the confirmation asks who the visit is for, Isla chosen already
			page.navigate(base + "/book");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Free back-pain consultation (15 min)"))
				.first().click();
			page.getByLabel("Therapist").selectOption(new SelectOption().setLabel("Lena Svensson"));
			LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(3);
			while (day.getDayOfWeek() != DayOfWeek.MONDAY && day.getDayOfWeek() != DayOfWeek.WEDNESDAY
					&& day.getDayOfWeek() != DayOfWeek.FRIDAY) {
				day = day.plusDays(1); // Lena works Monday, Wednesday, Friday and Saturday
			}
			page.getByLabel("Day").fill(day.toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show times")).click();
			page.locator("#slots a.slot").first().click();
			assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Who is this visit for?")))
				.isVisible();
			assertThat(page.getByLabel("Isla Morgan")).isChecked();
			assertThat(page.getByLabel("Me (Alex Morgan)")).not().isChecked();
			Axe.clean(page);
			Chromium.screenshot(page, "family-book-who-for");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm booking")).click();
			assertThat(page.getByText("Your appointment is booked")).isVisible();
			assertThat(page.locator("#acting-for")).containsText("Isla Morgan");
			assertThat(page.locator(".appointment")).hasCount(1);
			assertThat(page.locator(".appointment")).containsText("Free back-pain consultation");

			// back to his own care: no banner, and Isla's visit is not on his list
			page.locator("#acting-for").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Back to my own care"))
				.click();
			assertThat(page.locator("#acting-for")).hasCount(0);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Alex"))).isVisible();
			assertThat(page.locator(".appointment")
				.filter(new Locator.FilterOptions().setHasText("Free back-pain consultation"))).hasCount(0);

			// adding a child: the form names what is missing, then adds
			page.navigate(base + "/portal/family");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add my child")).click();
			assertThat(page.locator("#firstName-error")).hasText("Enter your child’s first name (at most 100 characters).");
			assertThat(page.locator("#dateOfBirth-error")).hasText("Enter your child’s date of birth.");
			assertThat(page.getByLabel("Child’s first name")).hasAttribute("aria-invalid", "true");
			Axe.clean(page);
			page.getByLabel("Child’s first name").fill("Noah");
			page.getByLabel("Child’s last name").fill("Morgan");
			page.getByLabel("Date of birth").fill(LocalDate.now(ZoneId.of("Europe/London")).minusYears(11).toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add my child")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Noah is added.");
			assertThat(page.locator(".family-member")).hasCount(3);
			fitsIn(page, 360);
			Axe.clean(page);
			Chromium.screenshot(page, "family-page");
		}
	}

}
