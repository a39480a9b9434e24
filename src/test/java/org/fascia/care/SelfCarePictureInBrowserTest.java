package org.fascia.care;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.imageio.ImageIO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.fascia.support.DemoClinicInBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A self-care picture in real Chromium, in the demo clinic: Maya uploads a picture for the cat–cow on the
 * item's page (a text file is refused first, with the reason), assigns the item to Alex, and Alex sees the
 * picture with the instructions on a phone. Screenshots: self-care-picture-*.png.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-selfcare-picture" })
class SelfCarePictureInBrowserTest extends DemoClinicInBrowser {

	static byte[] picture() throws IOException {
		BufferedImage image = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xF6F3EE));
		g.fillRect(0, 0, 480, 300);
		g.setColor(new Color(0x2A7A6F));
		g.fillRoundRect(90, 120, 300, 40, 30, 30);
		g.fillOval(40, 110, 60, 60);
		g.fillRect(120, 160, 20, 90);
		g.fillRect(340, 160, 20, 90);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void aTherapistUploadsAPictureAndTheClientSeesIt() throws IOException {
		String base = base();
		long alex = id("select id from client where first_name = :v", "Alex");
		appointment(alex, "Maya Chen", "Deep tissue massage (60 min)",
				Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS), Duration.ofHours(1), "COMPLETED");
		long catCow = id("select id from self_care_item where code = :v", "CAT_COW");

		try (BrowserContext therapist = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(900, 1100))) {
			Page page = therapist.newPage();
			signIn(page, base, "maya@demo.fascia.test");
			page.navigate(base + "/admin/self-care/" + catCow);
			page.getByLabel("Upload a picture").setInputFiles(new FilePayload("cat-cow.png", "image/png",
					"not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the picture")).click();
			assertThat(page.locator("#image-error")).hasText("That file is not a PNG or JPEG picture.");
			page.getByLabel("Upload a picture").setInputFiles(new FilePayload("cat-cow.png", "image/png", picture()));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the picture")).click();
			assertThat(page.locator(".sc-picture [role=status]")).containsText("The picture was saved");
			assertThat(page.locator(".sc-picture-current img")).hasAttribute("alt", "Cat–cow");
			page.waitForFunction("() => { const i = document.querySelector('.sc-picture-current img'); "
					+ "return i && i.complete && i.naturalWidth === 480; }");
			page.locator(".sc-picture").screenshot(new Locator.ScreenshotOptions()
				.setPath(Chromium.SCREENSHOTS.resolve("self-care-picture-item.png")));

			page.navigate(base + "/clients/" + alex + "/self-care");
			page.getByLabel("Item").selectOption(String.valueOf(catCow));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the program")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Cat–cow was added to the program");
		}

		try (BrowserContext client = chromium.browser().newContext(phone())) {
			Page page = client.newPage();
			signIn(page, base, "alex@demo.fascia.test");
			page.navigate(base + "/portal/self-care");
			Locator item = page.locator(".sc-item").filter(new Locator.FilterOptions().setHasText("Cat–cow"));
			item.locator("summary").tap();
			assertThat(item.locator("img.sc-image")).isVisible();
			org.assertj.core.api.Assertions.assertThat((Boolean) item.locator("img.sc-image")
				.evaluate("img => img.complete && img.naturalWidth === 480")).as("the picture loads").isTrue();
			fitsIn(page, 360);
			Chromium.screenshot(page, "self-care-picture-portal");
		}
	}

}
