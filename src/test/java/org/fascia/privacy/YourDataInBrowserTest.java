package org.fascia.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.imageio.ImageIO;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fascia.support.Axe;
import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.fascia.support.DemoClinicInBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In the demo clinic, in real Chromium: Sam at the front desk marks Alex Morgan's visit paid from the client
 * record; Alex, on a 360 px phone, finds the receipt in the portal, reads "Your documents", downloads everything
 * and asks for erasure. Every portal page is axe-clean. Screenshots: target/screenshots/payment.png,
 * portal-documents.png, portal-your-data.png, and receipt.png (the PDF's first page rendered by PDFBox).
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-your-data" })
class YourDataInBrowserTest extends DemoClinicInBrowser {

	@Test
	void theFrontDeskMarksAVisitPaidAndTheClientFindsTheReceiptTheirDocumentsAndTheirData() throws Exception {
		String base = base();
		long alex = id("select id from client where first_name = :v", "Alex");
		String service = jdbc.sql("select name from service where kind = 'TREATMENT' order by id").query(String.class)
			.list().get(0);
		long visit = appointment(alex, "Maya Chen", service,
				Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS), Duration.ofMinutes(60),
				"COMPLETED");

		try (BrowserContext desk = chromium.browser().newContext()) {
			Page page = desk.newPage();
			signIn(page, base, "frontdesk@demo.fascia.test");
			page.navigate(base + "/clients/" + alex);
			page.locator("a[href='/clients/" + alex + "/appointments/" + visit + "/payment']").click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mark paid"))).isVisible();
			page.getByLabel("Card", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark paid and email the receipt")).click();
			assertThat(page.locator(".notice.success")).containsText("Marked paid");
			assertThat(page.locator("#payment-current")).containsText("R-");
			Axe.clean(page);
			Chromium.screenshot(page, "payment");
		}

		try (BrowserContext phone = chromium.browser().newContext(phone().setAcceptDownloads(true))) {
			Page page = phone.newPage();
			signIn(page, base, "alex@demo.fascia.test");
			page.navigate(base + "/portal");
			var receiptLink = page.locator("a[href='/portal/appointments/" + visit + "/receipt.pdf']");
			assertThat(receiptLink).containsText("Receipt (PDF)");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your documents: letters, consents, receipts"))
				.click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your documents")
				.setLevel(1))).isVisible();
			assertThat(page.locator("#receipts")).containsText("R-");
			fitsIn(page, 360);
			Axe.clean(page);
			Chromium.screenshot(page, "portal-documents");

			APIResponse pdf = phone.request().get(base + "/portal/appointments/" + visit + "/receipt.pdf");
			org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
			try (PDDocument document = Loader.loadPDF(pdf.body())) {
				org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(document))
					.contains("Northside Back Care", "Alex Morgan", "Maya Chen", "Card", "Paid");
				BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
				Files.createDirectories(Chromium.SCREENSHOTS);
				ImageIO.write(image, "png", Chromium.SCREENSHOTS.resolve("receipt.png").toFile());
			}
			org.assertj.core.api.Assertions.assertThat(phone.request()
				.get(base + "/portal/appointments/" + (visit + 100000) + "/receipt.pdf").status()).isEqualTo(404);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your data: download everything, or ask us to erase it"))
				.click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Download everything")))
				.isVisible();
			fitsIn(page, 360);
			Axe.clean(page);
			Chromium.screenshot(page, "portal-your-data");

			Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Download everything (JSON)")).click());
			Path file = download.path();
			String json = Files.readString(file);
			org.assertj.core.api.Assertions.assertThat(json).contains("\"sessionNotes\"", "\"payments\"", "Morgan");

			page.getByLabel("Why?").fill("I am moving abroad.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask us to erase my data")).click();
			assertThat(page.locator(".error-text")).containsText("Tick the box");
			Axe.clean(page);
			page.getByLabel("I understand that my account will be closed").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask us to erase my data")).click();
			assertThat(page.locator(".notice.success")).containsText("We have your request");
			assertThat(page.locator("#erase")).containsText("You asked us on");
			fitsIn(page, 360);
			Axe.clean(page);
			Chromium.screenshot(page, "portal-your-data-asked");
		}
	}

}
