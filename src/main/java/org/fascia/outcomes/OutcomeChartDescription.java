package org.fascia.outcomes;

import static org.fascia.outcomes.OutcomeChartText.DAY;
import static org.fascia.outcomes.OutcomeChartText.number;

import org.fascia.outcomes.OutcomeChart.AdherenceWeek;
import org.fascia.outcomes.OutcomeChart.Data;
import org.fascia.platform.Pure;

/**
 * The chart in one paragraph, for its {@code <desc>}: what a screen reader says instead of the picture, with the
 * same facts (the data table has every score).
 */
@Pure
final class OutcomeChartDescription {

	private OutcomeChartDescription() {
	}

	static String of(Data data) {
		StringBuilder text = new StringBuilder(data.measure()).append(", scale ").append(data.min()).append(" to ")
			.append(data.max()).append(", ").append(data.lowerIsBetter() ? "lower" : "higher").append(" is better. ");
		if (data.scores().isEmpty()) {
			text.append("No scores yet. ");
		}
		else {
			int count = data.scores().size();
			double baseline = data.baselineScore();
			text.append(count).append(count == 1 ? " score" : " scores").append(" from ")
				.append(DAY.format(OutcomeChartText.date(data, data.scores().get(0).at()))).append(" to ")
				.append(DAY.format(OutcomeChartText.date(data, OutcomeChartText.latest(data).at())))
				.append(": baseline ").append(number(baseline)).append(", latest ")
				.append(number(OutcomeChartText.latest(data).value())).append(". ");
			Double target = OutcomeChartText.target(data, baseline);
			if (target != null) {
				text.append("Meaningful improvement means ").append(number(target))
					.append(data.lowerIsBetter() ? " or lower. " : " or higher. ");
			}
		}
		int sessions = data.sessions().size();
		text.append(sessions).append(sessions == 1 ? " session" : " sessions").append(" marked. ");
		if (!data.adherence().isEmpty()) {
			int total = 0;
			for (AdherenceWeek week : data.adherence()) {
				total += week.percent();
			}
			int weeks = data.adherence().size();
			text.append("Self-care done on average ").append(Math.round(total / (double) weeks)).append("% of days over ")
				.append(weeks).append(weeks == 1 ? " week. " : " weeks. ");
		}
		if (data.insensitive() != null) {
			text.append("The measure is insensitive to change below ").append(number(data.insensitive().below()))
				.append(" and above ").append(number(data.insensitive().above())).append('.');
		}
		return text.toString().trim();
	}

}
