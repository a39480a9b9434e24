package org.fascia.outcomes;

import static org.fascia.outcomes.OutcomeChartText.DAY;
import static org.fascia.outcomes.OutcomeChartText.number;

import java.util.ArrayList;
import java.util.List;

import org.fascia.outcomes.OutcomeChart.AdherenceWeek;
import org.fascia.outcomes.OutcomeChart.Data;
import org.fascia.platform.Pure;
import org.fascia.platform.Texts;

/**
 * The chart in one paragraph, for its {@code <desc>}: what a screen reader says instead of the picture, with the
 * same facts (the data table has every score).
 */
@Pure
final class OutcomeChartDescription {

	private OutcomeChartDescription() {
	}

	static String of(Data data, Texts words) {
		List<String> sentences = new ArrayList<>();
		String min = String.valueOf(data.min());
		String max = String.valueOf(data.max());
		sentences.add(data.lowerIsBetter() ? words.text("outcomes.chart.desc.lower", data.measure(), min, max)
				: words.text("outcomes.chart.desc.higher", data.measure(), min, max));
		if (data.scores().isEmpty()) {
			sentences.add(words.text("outcomes.chart.desc.none"));
		}
		else {
			int count = data.scores().size();
			double baseline = data.baselineScore();
			String from = DAY.format(OutcomeChartText.date(data, data.scores().get(0).at()));
			String to = DAY.format(OutcomeChartText.date(data, OutcomeChartText.latest(data).at()));
			String latest = number(OutcomeChartText.latest(data).value());
			sentences.add(count == 1
					? words.text("outcomes.chart.desc.scores.one", String.valueOf(count), from, to, number(baseline), latest)
					: words.text("outcomes.chart.desc.scores.many", String.valueOf(count), from, to, number(baseline),
							latest));
			Double target = OutcomeChartText.target(data, baseline);
			if (target != null) {
				sentences.add(data.lowerIsBetter() ? words.text("outcomes.chart.desc.targetLower", number(target))
						: words.text("outcomes.chart.desc.targetHigher", number(target)));
			}
		}
		int sessions = data.sessions().size();
		sentences.add(sessions == 1 ? words.text("outcomes.chart.desc.sessions.one", String.valueOf(sessions))
				: words.text("outcomes.chart.desc.sessions.many", String.valueOf(sessions)));
		if (!data.adherence().isEmpty()) {
			int total = 0;
			for (AdherenceWeek week : data.adherence()) {
				total += week.percent();
			}
			int weeks = data.adherence().size();
			String average = String.valueOf(Math.round(total / (double) weeks));
			sentences.add(weeks == 1 ? words.text("outcomes.chart.desc.adherence.one", average, String.valueOf(weeks))
					: words.text("outcomes.chart.desc.adherence.many", average, String.valueOf(weeks)));
		}
		if (data.insensitive() != null) {
			sentences.add(words.text("outcomes.chart.desc.insensitive", number(data.insensitive().below()),
					number(data.insensitive().above())));
		}
		return String.join(" ", sentences);
	}

}
