package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.outcomes.OutcomeChartFixture.WORDS;
import static org.fascia.outcomes.OutcomeChartScale.BOTTOM;
import static org.fascia.outcomes.OutcomeChartScale.LEFT;
import static org.fascia.outcomes.OutcomeChartScale.RIGHT;
import static org.fascia.outcomes.OutcomeChartScale.TOP;
import static org.fascia.outcomes.ParsedChart.num;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fascia.outcomes.OutcomeChart.AdherenceWeek;
import org.fascia.outcomes.OutcomeChart.Data;
import org.fascia.outcomes.OutcomeChart.Mcid;
import org.fascia.outcomes.OutcomeChart.Score;
import org.w3c.dom.Element;

/**
 * Any in-range data on any of the scales gives well-formed SVG with one point per score, every point and session
 * inside the plot, and the same string twice.
 */
class OutcomeChartProperties {

	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	@Property(tries = 300)
	void anyInRangeScoresGiveWellFormedSvgWithEveryPointInsideThePlot(@ForAll("charts") Data data) {
		String svg = OutcomeChart.svg(data, WORDS);
		ParsedChart chart = ParsedChart.parse(svg);
		List<Element> points = chart.marks("circle", "oc-point");
		assertThat(points).hasSize(data.scores().size());
		for (Element point : points) {
			assertThat(num(point, "cx")).isBetween(LEFT, RIGHT);
			assertThat(num(point, "cy")).isBetween(TOP, BOTTOM);
		}
		assertThat(chart.marks("path", "oc-session")).hasSize(data.sessions().size());
		assertThat(chart.marks("rect", "oc-adherence")).hasSize(data.adherence().size());
		assertThat(chart.all("//*[@style]")).isEmpty();
		assertThat(OutcomeChart.svg(data, WORDS)).isEqualTo(svg);
		assertThat(OutcomeChart.clientCaption(data, WORDS)).isNotBlank();
		assertThat(OutcomeChart.dataTable(data, WORDS).rows()).hasSize(data.scores().size());
	}

	@Provide
	Arbitrary<Data> charts() {
		Arbitrary<int[]> scales = Arbitraries.of(new int[] { 0, 10 }, new int[] { 0, 24 }, new int[] { 0, 100 },
				new int[] { 0, 9 });
		return scales.flatMap(scale -> {
			Arbitrary<Double> value = Arbitraries.integers().between(scale[0] * 10, scale[1] * 10).map(v -> v / 10.0);
			Arbitrary<Instant> moment = Arbitraries.longs().between(0, 400L * 86_400).map(START::plusSeconds);
			Arbitrary<List<Score>> scores = Combinators.combine(moment, value).as(Score::new).list().ofMaxSize(60);
			Arbitrary<List<Instant>> sessions = moment.list().ofMaxSize(20);
			Arbitrary<List<AdherenceWeek>> adherence = Combinators
				.combine(Arbitraries.integers().between(0, 56).map(w -> LocalDate.of(2026, 1, 5).plusWeeks(w)),
						Arbitraries.integers().between(0, 100))
				.as(AdherenceWeek::new)
				.list()
				.ofMaxSize(12);
			Arbitrary<ZoneId> zone = Arbitraries.of(ZoneId.of("Europe/London"), ZoneId.of("UTC"),
					ZoneId.of("Pacific/Auckland"));
			return Combinators.combine(scores, sessions, adherence, zone, Arbitraries.of(true, false))
				.as((s, sessionList, weeks, z, lower) -> new Data("Measure", "score", scale[0], scale[1], lower, null,
						new Mcid(2, 0.3), null, s, sessionList, weeks, z));
		});
	}

}
