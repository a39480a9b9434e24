package org.fascia.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.fascia.outcomes.OutcomeRequests;
import org.fascia.support.Axe;
import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.fascia.support.DemoClinicInBrowser;
import org.fascia.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Issue 6's "done when" in real Chromium, in the demo clinic: Daniel Novak answers his baseline on a 360 px phone
 * (pain 7, PEG, one PSFS activity), then before each of three visits with Maya rates his pain: twice from the
 * emailed link (no password; each link works once) and once in the portal; the visits take place. His progress
 * page shows the chart with the plain caption "Your pain has dropped from 7 to 4 since you started — a meaningful
 * improvement", and Maya sees the chart with the numbers and the responder status on his record. Screenshots:
 * target/screenshots/outcomes-*.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-outcomes" })
class OutcomeJourneyInBrowserTest extends DemoClinicInBrowser {

	static final MutableClock CLOCK = new MutableClock();

	@TestBean
	Clock clock;

	static Clock clock() {
		return CLOCK;
	}

	@Autowired
	OutcomeRequests requests;

	@AfterEach
	void resetClock() {
		CLOCK.reset();
	}

	static void moveTo(Instant target) {
		CLOCK.reset();
		CLOCK.advance(Duration.between(Instant.now(), target));
	}

	/** The link of the newest questionnaire mail to the address. */
	String latestLink(String email) {
		List<String> bodies = jdbc.sql("select body_text from mail_outbox where recipient = :to and body_text like '%/outcomes/answer?token=%' order by id desc")
			.param("to", email).query(String.class).list();
		Matcher m = Pattern.compile("/outcomes/answer\\?token=[A-Za-z0-9_-]+").matcher(bodies.get(0));
		org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
		return m.group();
	}

	static void pick(Page page, String field, int value) {
		page.locator("label.oq-scale-item:has(input[name='" + field + "'][value='" + value + "'])").click();
	}

	@Test
	void baselineAndThreeVisitsOnAPhoneThenTheChartAndCaptionForTheClientAndTheTherapist() {
		String base = base();
		String email = "daniel@demo.fascia.test";
		long daniel = id("select id from client where first_name = :v", "Daniel");
		String service = jdbc.sql("select name from service where kind = 'TREATMENT' order by id").query(String.class).list().get(0);
		Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
		long[] visits = new long[3];
		for (int i = 0; i < 3; i++) {
			visits[i] = appointment(daniel, "Maya Chen", service, now.plus(Duration.ofDays(7L * (i + 1))).plus(Duration.ofHours(2)),
					Duration.ofMinutes(60), "BOOKED");
		}

		try (BrowserContext phone = chromium.browser().newContext(phone())) {
			Page page = phone.newPage();
			// 1. The baseline, from the portal straight after the intake.
			signIn(page, base, email);
			page.navigate(base + "/portal");
			Locator starting = page.locator("li[id^=questionnaire-]").filter(new Locator.FilterOptions().setHasText("Your starting point"));
			starting.getByRole(AriaRole.LINK).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your starting point"))).isVisible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
			assertThat(page.locator("#answer-errors")).containsText("Please check the answers marked below.");
			Chromium.screenshot(page, "outcomes-baseline-errors");
			pick(page, "NPRS.pain", 7);
			pick(page, "PEG.pain", 7);
			pick(page, "PEG.enjoyment", 6);
			pick(page, "PEG.activity", 6);
			page.getByLabel("Activity 1: an important activity").fill("Playing five-a-side football");
			pick(page, "PSFS.activity1", 3);
			fitsIn(page, 360);
			Axe.clean(page);
			Chromium.screenshot(page, "outcomes-baseline");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your answers are with your therapist");
			assertThat(page.locator(".oq-lines")).containsText("Your pain: 7 out of 10. This is your starting point.");
		}

		// 2. Three visits: the NPRS asked a day before each; answered from the link twice, in the portal once.
		int[] pains = { 6, 5, 4 };
		for (int i = 0; i < 3; i++) {
			Instant start = jdbc.sql("select start_at from appointment where id = :a").param("a", visits[i])
				.query((rs, n) -> org.fascia.platform.Db.instant(rs, "start_at")).single();
			moveTo(start.minus(Duration.ofHours(20)));
			requests.sendDue();
			try (BrowserContext phone = chromium.browser().newContext(phone())) {
				Page page = phone.newPage();
				if (i < 2) {
					String link = latestLink(email);
					page.navigate(base + link);
				}
				else {
					signIn(page, base, email);
					page.navigate(base + "/portal");
					page.locator("li[id^=questionnaire-]").filter(new Locator.FilterOptions().setHasText("Before your visit"))
						.getByRole(AriaRole.LINK).click();
				}
				assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Before your visit"))).isVisible();
				assertThat(page.locator(".oq-section")).hasCount(i == 1 ? 2 : 1);
				pick(page, "NPRS.pain", pains[i]);
				if (i == 1) {
					// PEG every second visit
					pick(page, "PEG.pain", 5);
					pick(page, "PEG.enjoyment", 4);
					pick(page, "PEG.activity", 4);
				}
				if (i == 0) {
					Axe.clean(page);
					Chromium.screenshot(page, "outcomes-visit-link");
				}
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
				assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your answers are with your therapist");
				assertThat(page.locator(".oq-lines")).containsText("Your pain: " + pains[i] + " out of 10 (it was 7 at the start)");
				if (i < 2) {
					page.navigate(base + latestLink(email));
					assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(
							"This link has been used already or has expired"))).isVisible();
				}
			}
			moveTo(start.plus(Duration.ofMinutes(70)));
			jdbc.sql("update appointment set status = 'COMPLETED' where id = :a").param("a", visits[i]).update();
		}

		// 3. The client's progress: the chart, its plain caption and the table alternative.
		try (BrowserContext phone = chromium.browser().newContext(phone())) {
			Page page = phone.newPage();
			signIn(page, base, email);
			page.navigate(base + "/portal");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See your progress")).click();
			Locator pain = page.locator("figure.oc-figure").filter(new Locator.FilterOptions().setHas(page.locator("svg[aria-labelledby=oc-nprs-title]")));
			assertThat(pain.locator("svg")).isVisible();
			assertThat(pain.locator("figcaption")).hasText(
					"Your pain has dropped from 7 to 4 since you started \u2014 a meaningful improvement.");
			assertThat(pain.locator("#oc-nprs-title")).hasText("Pain (NPRS) over time");
			pain.getByText("Show the scores as a table").click();
			assertThat(pain.locator("table tbody tr")).hasCount(4);
			fitsIn(page, 360);
			Axe.clean(page);
			Chromium.screenshot(page, "outcomes-portal-progress");
		}

		// 4. The therapist: the same chart with the numbers, and the responder status.
		try (BrowserContext desk = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setViewportSize(1280, 1000))) {
			Page page = desk.newPage();
			signIn(page, base, "maya@demo.fascia.test");
			page.navigate(base + "/clients/" + daniel);
			assertThat(page.locator("#responder-status")).containsText("Improved: past the MCID at two visits in a row");
			Locator pain = page.locator("#outcomes figure.oc-figure").first();
			assertThat(pain.locator("svg")).isVisible();
			assertThat(pain.locator("figcaption")).containsText("7");
			pain.scrollIntoViewIfNeeded();
			Chromium.screenshot(page, "outcomes-record");
			// the session page of the last visit shows what Daniel rated on his phone, and the note starts from it
			page.navigate(base + "/appointments/" + visits[2] + "/note");
			assertThat(page.locator("#client-pain")).containsText("The client rated their pain 4/10");
			assertThat(page.locator("input[name=painToday][value='4']")).isChecked();
			page.locator("#client-pain").scrollIntoViewIfNeeded();
			Chromium.screenshot(page, "outcomes-session-note");
		}
	}

}
