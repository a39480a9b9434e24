package org.fascia.charting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.fascia.screening.Caution;
import org.fascia.screening.ScreeningRecords;
import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.fascia.support.DemoClinicInBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The follow-up on a phone (360 px) in real Chromium, in the demo clinic: Daniel Novak had his first deep
 * tissue massage yesterday; the job emails him; he opens the link without signing in, says his back is a
 * little better but he was sore for two days; the page tells him the next session will be gentler, his
 * screening now carries REDUCE_INTENSITY, and the link cannot be used again. Screenshot: follow-up-phone.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-follow-up" })
class FollowUpInBrowserTest extends DemoClinicInBrowser {

	@Autowired
	FollowUps followUps;

	@Autowired
	ScreeningRecords screenings;

	/** Daniel's first deep tissue massage with Tom ended 25 hours ago. */
	void danielHadDeepTissueYesterday(long daniel) {
		Instant end = Instant.now().minus(Duration.ofHours(25)).truncatedTo(ChronoUnit.MINUTES);
		appointment(daniel, "Tom Okafor", "Deep tissue massage (60 min)", end.minus(Duration.ofHours(1)),
				Duration.ofHours(1), "COMPLETED");
	}

	@Test
	void theClientAnswersOnAPhoneWithoutSigningInAndTheNextSessionIsGentler() {
		String base = base();
		long daniel = id("select id from client where first_name = :v", "Daniel");
		danielHadDeepTissueYesterday(daniel);
		followUps.sendDue();
		String email = jdbc.sql("select email from client where id = :id").param("id", daniel).query(String.class).single();
		String body = jdbc.sql("select body_text from mail_outbox where recipient = :to and subject = 'How is your back after your massage?'")
			.param("to", email).query(String.class).single();
		Matcher link = Pattern.compile("/follow-up\\?token=[A-Za-z0-9_-]+").matcher(body);
		org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();

		Browser.NewContextOptions phone = new Browser.NewContextOptions().setViewportSize(360, 780)
			.setDeviceScaleFactor(2).setHasTouch(true).setIsMobile(true);
		try (BrowserContext context = chromium.browser().newContext(phone)) {
			Page page = context.newPage();
			page.navigate(base + link.group());
			assertThat(page.locator("h1")).hasText("How is your back after your massage?");
			page.getByLabel("A little better").check();
			page.getByLabel("If you were sore afterwards, for about how many hours?").fill("48");
			page.locator("[data-body-map=painRegions] [data-region=SACRUM]").tap();
			assertThat(page.locator("#painRegions-SACRUM")).isChecked();
			page.getByLabel("No, nothing new").check();
			org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
				.as("nothing wider than the phone").isLessThanOrEqualTo(360);
			Chromium.screenshot(page, "follow-up-phone");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
			assertThat(page.locator("h1")).hasText("Thank you");
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your answers are with your therapist");
			assertThat(page.locator("section.follow-up")).containsText("your therapist will use less pressure at your next session");
			Chromium.screenshot(page, "follow-up-thanks");

			page.navigate(base + link.group());
			assertThat(page.locator("h1")).hasText("This link has been used already or has expired");
		}
		// Tom, who treated Daniel, reads the answer on Daniel's record.
		try (BrowserContext staff = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(900, 1000))) {
			Page page = staff.newPage();
			signIn(page, base, "tom@demo.fascia.test");
			page.navigate(base + "/clients/" + daniel);
			Locator summary = page.locator(".follow-up-summary");
			assertThat(summary).containsText("After the last session");
			assertThat(summary).containsText("A little better");
			assertThat(summary).containsText("48 h");
			assertThat(summary).containsText("REDUCE_INTENSITY");
			summary.screenshot(new Locator.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("follow-up-record.png")));
		}
		org.assertj.core.api.Assertions.assertThat(screenings.current(daniel).orElseThrow().result().cautions())
			.extracting(Caution::code).contains("REDUCE_INTENSITY");
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
				select r.region from pain_map_region r join pain_map m on m.id = r.pain_map_id where m.client_id = :c
				""").param("c", daniel).query(String.class).list()).as("the pain map marked at follow-up").containsExactly("SACRUM");
	}

}
