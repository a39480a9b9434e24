package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fascia.outcomes.OutcomeChartFixture.LONDON;
import static org.fascia.outcomes.OutcomeChartFixture.WORDS;
import static org.fascia.outcomes.OutcomeChartFixture.london;
import static org.fascia.outcomes.OutcomeChartFixture.nprs;
import static org.fascia.outcomes.OutcomeChartScale.BOTTOM;
import static org.fascia.outcomes.OutcomeChartScale.LEFT;
import static org.fascia.outcomes.OutcomeChartScale.RIGHT;
import static org.fascia.outcomes.OutcomeChartScale.TOP;
import static org.fascia.outcomes.ParsedChart.num;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fascia.outcomes.OutcomeChart.Data;
import org.fascia.outcomes.OutcomeChart.Score;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The SVG parsed as XML: accessible names, one mark per fact, at the right place, nothing the CSP forbids. */
class OutcomeChartSvgTest {

	private static final double PLOT_HEIGHT = BOTTOM - TOP;

	private final Data course = OutcomeChartFixture.nprsCourse();

	private final String svg = OutcomeChart.svg(course, WORDS);

	private final ParsedChart chart = ParsedChart.parse(svg);

	@Test
	void titleAndDescriptionArePresentAndReferenced() {
		assertThat(chart.root.getTagName()).isEqualTo("svg");
		assertThat(chart.root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
		assertThat(chart.root.getAttribute("role")).isEqualTo("img");
		Element title = chart.all("/svg/title").get(0);
		Element desc = chart.all("/svg/desc").get(0);
		assertThat(chart.root.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id")).isNotEmpty();
		assertThat(chart.root.getAttribute("aria-describedby")).isEqualTo(desc.getAttribute("id")).isNotEmpty();
		assertThat(title.getTextContent()).isEqualTo("Pain (NPRS) over time");
		assertThat(desc.getTextContent()).isEqualTo("Pain (NPRS), scale 0 to 10, lower is better. 6 scores from "
				+ "2 Mar 2026 to 6 Apr 2026: baseline 7, latest 4. Meaningful improvement means 5 or lower. "
				+ "5 sessions marked. Self-care done on average 73% of days over 6 weeks.");
		assertThat(chart.root.getAttribute("viewBox")).startsWith("0 0 440 ");
	}

	@Test
	void onePointPerScoreJoinedByOneLineInTimeOrder() {
		List<Element> points = chart.marks("circle", "oc-point");
		assertThat(points).hasSize(6);
		assertThat(points).extracting(point -> num(point, "cy"))
			.containsExactly(y(7), y(6), y(6), y(5), y(4), y(4));
		assertThat(points).extracting(point -> num(point, "cx")).isSorted();
		assertThat(points.get(0).getTextContent()).isEqualTo("2 Mar 2026: 7");
		assertThat(chart.marks("polyline", "oc-line")).hasSize(1);
		assertThat(chart.marks("polyline", "oc-line").get(0).getAttribute("points").split(" ")).hasSize(6);
		assertThat(chart.texts("oc-value")).containsExactly("7", "6", "6", "5", "4", "4");
	}

	@Test
	void theBaselineIsADashedLabelledLineAtItsScore() {
		List<Element> baseline = chart.marks("line", "oc-baseline");
		assertThat(baseline).hasSize(1);
		assertThat(num(baseline.get(0), "y1")).isEqualTo(y(7)).isEqualTo(num(baseline.get(0), "y2"));
		assertThat(baseline.get(0).getAttribute("stroke-dasharray")).isNotBlank();
		assertThat(chart.texts("oc-baseline-label")).containsExactly("Baseline 7");
	}

	@Test
	void theBaselineLabelMovesBelowTheLineWhenAScoreLabelSitsAboveIt() {
		ParsedChart flat = ParsedChart.parse(OutcomeChart.svg(nprs(7, 7, 7), WORDS));
		double line = num(flat.marks("line", "oc-baseline").get(0), "y1");
		assertThat(num(flat.all("//text[@class='oc-baseline-label']").get(0), "y")).isGreaterThan(line);
		double courseLine = num(chart.marks("line", "oc-baseline").get(0), "y1");
		assertThat(num(chart.all("//text[@class='oc-baseline-label']").get(0), "y")).isLessThan(courseLine);
	}

	@Test
	void theBandShadesFromTheMcidTargetToTheBetterEnd() {
		Element band = chart.marks("rect", "oc-band").get(0);
		assertThat(num(band, "y")).isEqualTo(y(5));
		assertThat(num(band, "y") + num(band, "height")).isEqualTo(y(0));
		assertThat(num(band, "x")).isEqualTo(LEFT);
		assertThat(num(band, "width")).isEqualTo(RIGHT - LEFT);
		assertThat(chart.texts("oc-band-label")).containsExactly("Meaningful improvement: 5 or lower");

		Element fromFive = ParsedChart.parse(OutcomeChart.svg(nprs(5, 4), WORDS)).marks("rect", "oc-band").get(0);
		assertThat(num(fromFive, "y")).isEqualTo(y(3.5));

		ParsedChart psfs = ParsedChart.parse(OutcomeChart.svg(OutcomeChartFixture.psfs(3, 4), WORDS));
		Element higher = psfs.marks("rect", "oc-band").get(0);
		assertThat(num(higher, "y")).isEqualTo(y(10));
		assertThat(num(higher, "y") + num(higher, "height")).isEqualTo(y(5));
		assertThat(psfs.texts("oc-band-label")).containsExactly("Meaningful improvement: 5 or higher");
	}

	@Test
	void noBandWhenTheScaleLeavesNoRoomToImprove() {
		ParsedChart zero = ParsedChart.parse(OutcomeChart.svg(nprs(0, 1), WORDS));
		assertThat(zero.marks("rect", "oc-band")).isEmpty();
		assertThat(zero.all("//g[@class='oc-legend']/text").stream().map(Element::getTextContent))
			.doesNotContain("Meaningful improvement");
	}

	@Test
	void oneMarkerPerSessionOnTheTimeAxisAtItsDay() {
		List<Element> sessions = chart.marks("path", "oc-session");
		assertThat(sessions).hasSize(5);
		assertThat(sessions).allSatisfy(marker -> assertThat(marker.getAttribute("d"))
			.matches("M[0-9.]+ " + OutcomeChartCanvas.n(OutcomeChartSvg.SESSION_TOP) + " l5 9 h-10 z"));
		assertThat(sessions.get(0).getTextContent()).isEqualTo("Session 9 Mar 2026");
		double point = num(chart.marks("circle", "oc-point").get(1), "cx");
		double marker = Double.parseDouble(sessions.get(0).getAttribute("d").substring(1).split(" ")[0]);
		assertThat(marker - point).isBetween(0.0, 1.0);
	}

	@Test
	void weeklySelfCareBarsUnderTheAxisScaledToTheirPercent() {
		List<Element> bars = chart.marks("rect", "oc-adherence");
		assertThat(bars).hasSize(6);
		assertThat(bars).allSatisfy(bar -> assertThat(num(bar, "y")).isGreaterThan(BOTTOM));
		double full = OutcomeChartSvg.ADHERENCE_HEIGHT;
		assertThat(bars).extracting(bar -> num(bar, "height")).containsExactly(round(full * 0.40), round(full * 0.71),
				round(full * 0.86), full, round(full * 0.57), round(full * 0.86));
		assertThat(chart.marks("rect", "oc-adherence-track")).hasSize(6);
		assertThat(chart.texts("oc-adherence-label")).containsExactly("40%", "71%", "86%", "100%", "57%", "86%");
	}

	@Test
	void aLegendForEachKindOfMark() {
		assertThat(chart.all("//g[@class='oc-legend']/text").stream().map(Element::getTextContent))
			.containsExactly("Score", "Baseline", "Meaningful improvement", "Session", "Self-care done");
	}

	@Test
	void noInlineStyleNoScript() {
		assertThat(chart.all("//*[@style]")).isEmpty();
		assertThat(chart.all("//script")).isEmpty();
		assertThat(svg).doesNotContain("style=").doesNotContainIgnoringCase("<script").doesNotContain("javascript:");
		assertThat(chart.all("//*[starts-with(name(@*), 'on')]")).isEmpty();
	}

	@Test
	void sameDataSameString() {
		assertThat(OutcomeChart.svg(OutcomeChartFixture.nprsCourse(), WORDS)).isEqualTo(svg);
		List<Score> shuffled = new ArrayList<>(course.scores());
		java.util.Collections.reverse(shuffled);
		Data reordered = new Data(course.measure(), course.subject(), 0, 10, true, 7.0, course.mcid(), null, shuffled,
				reversed(course.sessions()), reversed(course.adherence()), LONDON);
		assertThat(OutcomeChart.svg(reordered, WORDS)).isEqualTo(svg);
	}

	@Test
	void textIsEscaped() {
		Data data = new Data("Pain <&> \"x\" 'y'", "pain <b>", 0, 10, true, null, OutcomeChartFixture.NPRS_MCID, null,
				OutcomeChartFixture.weekly(7, 4), List.of(), List.of(), LONDON);
		String escaped = OutcomeChart.svg(data, "chart-1", WORDS);
		assertThat(escaped).doesNotContain("<&>").contains("Pain &lt;&amp;&gt; &quot;x&quot; &#39;y&#39;");
		ParsedChart parsed = ParsedChart.parse(escaped);
		assertThat(parsed.all("/svg/title").get(0).getTextContent()).isEqualTo("Pain <&> \"x\" 'y' over time");
		assertThat(parsed.texts("oc-heading")).containsExactly("Pain <&> \"x\" 'y'");
		assertThat(parsed.root.getAttribute("aria-labelledby")).isEqualTo("chart-1-title");
		assertThatThrownBy(() -> OutcomeChart.svg(data, "x\" onload=\"alert(1)", WORDS))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void datesAreLabelledInTheClinicZoneAndEveryDayIsEquallyWideAcrossTheClockChange() {
		// the clocks go back in London at 01:00 UTC on 25 October 2026: that day lasts 25 hours
		List<Score> scores = List.of(new Score(london("2026-10-24T12:00"), 6), new Score(london("2026-10-25T12:00"), 5),
				new Score(london("2026-10-26T12:00"), 4), new Score(Instant.parse("2026-10-26T23:30:00Z"), 3));
		Data data = new Data("Pain (NPRS)", "pain", 0, 10, true, null, OutcomeChartFixture.NPRS_MCID, null, scores,
				List.of(london("2026-10-25T12:10")), List.of(), LONDON);
		ParsedChart parsed = ParsedChart.parse(OutcomeChart.svg(data, WORDS));
		List<Double> xs = parsed.marks("circle", "oc-point").stream().map(point -> num(point, "cx")).toList();
		assertThat(xs.get(1) - xs.get(0)).isCloseTo(xs.get(2) - xs.get(1), org.assertj.core.api.Assertions.within(0.11));
		assertThat(OutcomeChart.dataTable(data, WORDS).rows()).extracting(OutcomeChart.Row::date)
			.containsExactly(LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 26),
					LocalDate.of(2026, 10, 26));
		assertThat(OutcomeChart.dataTable(data, WORDS).rows().get(1).session()).isTrue();

		Data summer = new Data("Pain (NPRS)", "pain", 0, 10, true, null, OutcomeChartFixture.NPRS_MCID, null,
				List.of(new Score(Instant.parse("2026-06-30T23:30:00Z"), 5)), List.of(), List.of(), LONDON);
		assertThat(ParsedChart.parse(OutcomeChart.svg(summer, WORDS)).texts("oc-date")).containsExactly("1 Jul");
		assertThat(OutcomeChart.dataTable(summer, WORDS).rows().get(0).dateLabel()).isEqualTo("1 Jul 2026");
	}

	@Test
	void manyPointsThinTheDateLabelsSoTheyNeverOverlap() {
		double[] values = new double[80];
		for (int i = 0; i < values.length; i++) {
			values[i] = i % 11;
		}
		List<Score> daily = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			daily.add(new Score(london("2026-01-05T09:00").plusSeconds(i * 86_400L), values[i]));
		}
		Data data = new Data("Pain (NPRS)", "pain", 0, 10, true, null, OutcomeChartFixture.NPRS_MCID, null, daily,
				List.of(), List.of(), LONDON);
		ParsedChart parsed = ParsedChart.parse(OutcomeChart.svg(data, WORDS));
		assertThat(parsed.marks("circle", "oc-point")).hasSize(80);
		List<Element> labels = parsed.all("//text[@class='oc-date']");
		assertThat(labels.size()).isBetween(3, 9);
		assertThat(labels.get(0).getTextContent()).isEqualTo("5 Jan");
		assertThat(labels.get(labels.size() - 1).getTextContent()).isEqualTo("25 Mar");
		for (int i = 1; i < labels.size(); i++) {
			assertThat(num(labels.get(i), "x") - num(labels.get(i - 1), "x"))
				.isGreaterThanOrEqualTo(OutcomeChartScale.LABEL_GAP - 0.1);
		}
		assertThat(parsed.texts("oc-year")).containsExactly("2026");
	}

	@Test
	void thinningKeepsTheEndsAndTheGap() {
		assertThat(OutcomeChartScale.thin(List.of(), 10)).isEmpty();
		assertThat(OutcomeChartScale.thin(List.of(5.0), 10)).containsExactly(0);
		assertThat(OutcomeChartScale.thin(List.of(0.0, 4.0), 10)).containsExactly(1);
		assertThat(OutcomeChartScale.thin(List.of(0.0, 4.0, 11.0, 15.0, 30.0), 10)).containsExactly(0, 2, 4);
		assertThat(OutcomeChartScale.thin(List.of(0.0, 10.0, 20.0, 25.0), 10)).containsExactly(0, 1, 3);
	}

	@Test
	void noScoresOnePointAndScoresAtTheBounds() {
		ParsedChart empty = ParsedChart.parse(OutcomeChart.svg(nprs(), WORDS));
		assertThat(empty.marks("circle", "oc-point")).isEmpty();
		assertThat(empty.texts("oc-empty")).containsExactly("No scores yet");
		assertThat(empty.marks("line", "oc-baseline")).isEmpty();

		ParsedChart one = ParsedChart.parse(OutcomeChart.svg(nprs(7), WORDS));
		assertThat(one.marks("circle", "oc-point")).hasSize(1);
		assertThat(one.marks("polyline", "oc-line")).isEmpty();
		assertThat(num(one.marks("circle", "oc-point").get(0), "cx")).isCloseTo((LEFT + RIGHT) / 2,
				org.assertj.core.api.Assertions.within(0.1));

		ParsedChart bounds = ParsedChart.parse(OutcomeChart.svg(nprs(10, 0), WORDS));
		assertThat(bounds.marks("circle", "oc-point")).extracting(point -> num(point, "cy")).containsExactly(TOP, BOTTOM);
		assertThat(bounds.texts("oc-baseline-label")).containsExactly("Baseline 10");
		Element label = bounds.all("//text[@class='oc-baseline-label']").get(0);
		assertThat(num(label, "y")).isGreaterThan(TOP);
	}

	@Test
	void rmdqShowsWhereItIsInsensitiveToChange() {
		ParsedChart rmdq = ParsedChart.parse(OutcomeChart.svg(OutcomeChartFixture.rmdq(14, 10), WORDS));
		List<Element> zones = rmdq.marks("rect", "oc-insensitive");
		assertThat(zones).hasSize(2);
		double unit = PLOT_HEIGHT / 24;
		assertThat(num(zones.get(0), "y")).isEqualTo(round(BOTTOM - 4 * unit));
		assertThat(num(zones.get(1), "y")).isEqualTo(TOP);
		assertThat(rmdq.texts("oc-zone-label")).containsExactly("Insensitive to change below 4",
				"Insensitive to change above 20");
		assertThat(rmdq.all("/svg/desc").get(0).getTextContent())
			.endsWith("The measure is insensitive to change below 4 and above 20.");
		assertThat(rmdq.texts("oc-tick-label")).containsExactly("0", "4", "8", "12", "16", "20", "24");
	}

	@Test
	void outOfRangeDataIsRefused() {
		assertThatThrownBy(() -> nprs(7, 11)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("11");
		assertThatThrownBy(() -> nprs(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new OutcomeChart.AdherenceWeek(LocalDate.of(2026, 3, 2), 101))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static <T> List<T> reversed(List<T> list) {
		List<T> copy = new ArrayList<>(list);
		java.util.Collections.reverse(copy);
		return copy;
	}

	private static double y(double score) {
		return round(BOTTOM - score / 10 * PLOT_HEIGHT);
	}

	private static double round(double value) {
		return Double.parseDouble(OutcomeChartCanvas.n(value));
	}

}
