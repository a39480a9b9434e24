package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.outcomes.OutcomeChartFixture.WORDS;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.fascia.outcomes.OutcomeChart.Data;
import org.fascia.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chart fragment in real Chromium: at tablet width with the therapist's numbers and the table open, and at
 * phone width with the client's words; the SVG scales with its viewBox and never makes the page scroll sideways.
 */
class OutcomeChartInBrowserTest {

	private static Chromium chromium;

	@BeforeAll
	static void launch() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void close() {
		chromium.close();
	}

	@Test
	void therapistAtTabletWidth() {
		Data data = OutcomeChartFixture.nprsCourse();
		try (BrowserContext context = chromium.browser()
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(800, 900))) {
			Page page = context.newPage();
			page.setContent(OutcomeChartFragment.page(OutcomeChartFragment.render(OutcomeChart.svg(data, WORDS),
					OutcomeChart.dataTable(data, WORDS), OutcomeChart.therapistCaption(data, WORDS))));
			page.locator("summary").click();
			assertThat(page.locator("table tbody tr").count()).isEqualTo(6);
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.IMG).getAttribute("aria-labelledby"))
				.isEqualTo("oc-pain-nprs-title");
			assertNoSidewaysScroll(page);
			Chromium.screenshot(page, "outcome-chart-therapist");
		}
	}

	@Test
	void clientAtPhoneWidth() {
		Data data = OutcomeChartFixture.nprsCourse();
		try (BrowserContext context = chromium.browser()
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(360, 740))) {
			Page page = context.newPage();
			page.setContent(OutcomeChartFragment.page(OutcomeChartFragment.render(OutcomeChart.svg(data, WORDS),
					OutcomeChart.dataTable(data, WORDS), OutcomeChart.clientCaption(data, WORDS))));
			assertThat(page.locator("figcaption").textContent())
				.isEqualTo("Your pain has dropped from 7 to 4 since you started \u2014 a meaningful improvement.");
			double svgWidth = ((Number) page.evaluate("document.querySelector('svg').getBoundingClientRect().width"))
				.doubleValue();
			assertThat(svgWidth).isBetween(300.0, 360.0);
			assertNoSidewaysScroll(page);
			Chromium.screenshot(page, "outcome-chart-phone");
		}
	}

	@Test
	void rmdqWithItsInsensitiveZonesAndManyScores() {
		double[] values = { 18, 17, 19, 16, 15, 15, 14, 12, 13, 11, 10, 9, 9, 8, 7, 6 };
		Data data = OutcomeChartFixture.rmdq(values);
		try (BrowserContext context = chromium.browser()
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(800, 700))) {
			Page page = context.newPage();
			page.setContent(OutcomeChartFragment.page(OutcomeChartFragment.render(OutcomeChart.svg(data, WORDS),
					OutcomeChart.dataTable(data, WORDS), OutcomeChart.therapistCaption(data, WORDS))));
			assertThat(page.locator("svg text.oc-zone-label").allTextContents())
				.containsExactly("Insensitive to change below 4", "Insensitive to change above 20");
			assertNoSidewaysScroll(page);
			Chromium.screenshot(page, "outcome-chart-rmdq");
		}
	}

	@Test
	void worseAndFlatAtPhoneWidth() {
		try (BrowserContext context = chromium.browser()
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(360, 740))) {
			Page page = context.newPage();
			Data worse = OutcomeChartFixture.nprs(5, 6, 7, 7);
			Data flat = OutcomeChartFixture.nprs(7, 7, 7);
			page.setContent(OutcomeChartFragment.page(
					OutcomeChartFragment.render(OutcomeChart.svg(worse, "worse", WORDS), OutcomeChart.dataTable(worse, WORDS),
							OutcomeChart.clientCaption(worse, WORDS))
							+ OutcomeChartFragment.render(OutcomeChart.svg(flat, "flat", WORDS), OutcomeChart.dataTable(flat, WORDS),
									OutcomeChart.clientCaption(flat, WORDS))));
			assertThat(page.locator("figcaption").allTextContents()).containsExactly(
					"Your pain is now 7, higher than when you started (5) \u2014 please tell your therapist.",
					"Your pain is 7, about the same as when you started.");
			assertThat(page.locator("svg[role=img]").count()).isEqualTo(2);
			assertNoSidewaysScroll(page);
			Chromium.screenshot(page, "outcome-chart-worse-flat-phone");
		}
	}

	private static void assertNoSidewaysScroll(Page page) {
		Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
	}

}
