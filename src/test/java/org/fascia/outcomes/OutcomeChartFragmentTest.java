package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.outcomes.OutcomeChartFixture.WORDS;

import java.util.List;

import org.fascia.outcomes.OutcomeChart.Data;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** {@code outcomes/chart :: chart(svg, table, caption)} rendered by Spring's Thymeleaf engine. */
class OutcomeChartFragmentTest {

	private final Data course = OutcomeChartFixture.nprsCourse();

	@Test
	void showsTheSvgTheCaptionAndTheTableInDetails() {
		String html = OutcomeChartFragment.render(OutcomeChart.svg(course, WORDS), OutcomeChart.dataTable(course, WORDS),
				OutcomeChart.clientCaption(course, WORDS));
		ParsedChart page = ParsedChart.parse(html);

		assertThat(page.root.getTagName()).isEqualTo("figure");
		assertThat(page.all("//figure/div/svg[@role='img']")).hasSize(1);
		assertThat(page.all("//svg//circle[@class='oc-point'][not(ancestor::g)]")).hasSize(6);
		assertThat(page.all("//figcaption").get(0).getTextContent())
			.isEqualTo("Your pain has dropped from 7 to 4 since you started \u2014 a meaningful improvement.");
		assertThat(page.all("//details/summary").get(0).getTextContent()).isEqualTo("Show the scores as a table");
		assertThat(page.all("//details//table/caption").get(0).getTextContent())
			.isEqualTo("Pain (NPRS): each score, its change from baseline (7) and whether it was a session day");
		assertThat(page.all("//table/thead/tr/th").stream().map(th -> th.getAttribute("scope")))
			.containsExactly("col", "col", "col", "col");
		List<Element> rows = page.all("//table/tbody/tr");
		assertThat(rows).hasSize(6);
		assertThat(rows.get(1).getElementsByTagName("th").item(0).getTextContent()).isEqualTo("9 Mar 2026");
		assertThat(((Element) rows.get(1).getElementsByTagName("th").item(0)).getAttribute("scope")).isEqualTo("row");
		assertThat(((Element) rows.get(1).getElementsByTagName("time").item(0)).getAttribute("datetime"))
			.isEqualTo("2026-03-09");
		assertThat(rows.get(1).getTextContent()).contains("6", "\u22121", "Yes");
		assertThat(rows.get(0).getTextContent()).contains("No");
		assertThat(html).doesNotContain("style=").doesNotContainIgnoringCase("<script");
	}

	@Test
	void escapesTheCaptionAndSaysWhenThereAreNoScores() {
		Data empty = OutcomeChartFixture.nprs();
		String html = OutcomeChartFragment.render(OutcomeChart.svg(empty, WORDS), OutcomeChart.dataTable(empty, WORDS),
				"<b>no</b> & more");
		ParsedChart page = ParsedChart.parse(html);
		assertThat(page.all("//figcaption").get(0).getTextContent()).isEqualTo("<b>no</b> & more");
		assertThat(page.all("//figcaption/b")).isEmpty();
		assertThat(page.all("//table/tbody/tr/td[@colspan='4']").get(0).getTextContent()).isEqualTo("No scores yet.");
	}

}
