package org.fascia.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.fascia.outcomes.OutcomeChart.Data;
import org.fascia.outcomes.OutcomeChart.Row;
import org.fascia.outcomes.OutcomeChart.Score;
import org.fascia.outcomes.OutcomeChart.Table;
import org.fascia.outcomes.OutcomeChart.Trend;
import org.fascia.platform.Pure;
import org.fascia.platform.Texts;

/**
 * The words around an outcome chart: the captions, the data table, and the number, date and XML formatting the
 * SVG shares. The sentences come from the message bundle through the {@link Texts} the caller passes. The
 * trend mirrors requirement 3's rule (a change of the MCID from baseline, points or relative, improves; the points
 * the other way is worse) on the data the caller gives.
 */
@Pure
final class OutcomeChartText {

	static final double EPSILON = 1e-9;

	static final String MINUS = "\u2212";

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

	private OutcomeChartText() {
	}

	static Trend trend(Data data) {
		if (data.scores().isEmpty()) {
			return null;
		}
		double baseline = data.baselineScore();
		double improvement = improvement(data, baseline, latest(data).value());
		if (improvement > EPSILON && improvement >= data.threshold(baseline) - EPSILON) {
			return Trend.IMPROVED;
		}
		return -improvement >= data.mcid().points() - EPSILON ? Trend.WORSE : Trend.ABOUT_THE_SAME;
	}

	static String clientCaption(Data data, Texts words) {
		if (data.scores().isEmpty()) {
			return words.text("outcomes.chart.client.none");
		}
		String subject = data.subject();
		String latest = number(latest(data).value());
		String baseline = number(data.baselineScore());
		if (data.scores().size() == 1 && data.baseline() == null) {
			return words.text("outcomes.chart.client.first", subject, latest);
		}
		return switch (trend(data)) {
			case IMPROVED -> data.lowerIsBetter() ? words.text("outcomes.chart.client.dropped", subject, baseline, latest)
					: words.text("outcomes.chart.client.risen", subject, baseline, latest);
			case WORSE -> data.lowerIsBetter() ? words.text("outcomes.chart.client.higher", subject, latest, baseline)
					: words.text("outcomes.chart.client.lower", subject, latest, baseline);
			case ABOUT_THE_SAME -> latest.equals(baseline) ? words.text("outcomes.chart.client.same", subject, latest)
					: words.text("outcomes.chart.client.aboutSame", subject, latest, baseline);
		};
	}

	static String therapistCaption(Data data, Texts words) {
		List<String> sentences = new ArrayList<>();
		if (data.scores().isEmpty()) {
			sentences.add(words.text("outcomes.chart.therapist.none", data.measure()));
		}
		else {
			double baseline = data.baselineScore();
			Score latest = latest(data);
			double change = latest.value() - baseline;
			String points = change == 1 || change == -1 ? words.text("outcomes.chart.points.one", signed(change))
					: words.text("outcomes.chart.points.many", signed(change));
			String relative = baseline == 0 ? words.text("outcomes.chart.therapist.relativeUndefined")
					: words.text("outcomes.chart.percent", signed(round(change / Math.abs(baseline) * 100, 1)));
			sentences.add(words.text("outcomes.chart.therapist.scores", data.measure(), number(baseline),
					number(latest.value()), DAY.format(date(data, latest.at())), points, relative));
			sentences.add(mcidVerdict(data, baseline, words));
		}
		int sessions = data.sessions().size();
		sentences.add(sessions == 1 ? words.text("outcomes.chart.sessions.one", String.valueOf(sessions))
				: words.text("outcomes.chart.sessions.many", String.valueOf(sessions)));
		if (data.insensitive() != null) {
			sentences.add(words.text("outcomes.chart.therapist.insensitive", number(data.insensitive().below()),
					number(data.insensitive().above())));
		}
		return String.join(" ", sentences);
	}

	private static String mcidVerdict(Data data, double baseline, Texts words) {
		String points = number(data.mcid().points());
		String rule;
		if (data.mcid().relative() == null) {
			rule = data.lowerIsBetter() ? words.text("outcomes.chart.rule.fall", points)
					: words.text("outcomes.chart.rule.rise", points);
		}
		else {
			String relative = number(round(data.mcid().relative() * 100, 1));
			rule = data.lowerIsBetter() ? words.text("outcomes.chart.rule.fallOrRelative", points, relative)
					: words.text("outcomes.chart.rule.riseOrRelative", points, relative);
		}
		Double target = OutcomeChartText.target(data, baseline);
		return switch (trend(data)) {
			case IMPROVED -> words.text("outcomes.chart.verdict.reached", rule);
			case WORSE -> data.lowerIsBetter() ? words.text("outcomes.chart.verdict.worseRise", points)
					: words.text("outcomes.chart.verdict.worseFall", points);
			case ABOUT_THE_SAME -> target == null ? words.text("outcomes.chart.verdict.noRoom", rule)
					: data.lowerIsBetter() ? words.text("outcomes.chart.verdict.needsLower", rule, number(target))
							: words.text("outcomes.chart.verdict.needsHigher", rule, number(target));
		};
	}

	/** The score at which improvement becomes meaningful, or null when the scale leaves no room for it. */
	static Double target(Data data, double baseline) {
		double threshold = data.threshold(baseline);
		double target = data.lowerIsBetter() ? baseline - threshold : baseline + threshold;
		if (threshold <= EPSILON || target < data.min() - EPSILON || target > data.max() + EPSILON) {
			return null;
		}
		return round(target, 2);
	}

	static Table table(Data data, Texts words) {
		Set<LocalDate> sessionDays = new TreeSet<>();
		data.sessions().forEach(at -> sessionDays.add(date(data, at)));
		List<Row> rows = new ArrayList<>();
		Double baseline = data.baselineScore();
		for (Score score : data.scores()) {
			LocalDate day = date(data, score.at());
			rows.add(new Row(day, DAY.format(day), number(score.value()), signed(score.value() - baseline),
					sessionDays.contains(day)));
		}
		String caption = baseline == null ? words.text("outcomes.chart.table.captionNoBaseline", data.measure())
				: words.text("outcomes.chart.table.caption", data.measure(), number(baseline));
		return new Table(caption, data.measure(), rows);
	}

	static Score latest(Data data) {
		return data.scores().get(data.scores().size() - 1);
	}

	static LocalDate date(Data data, Instant at) {
		return at.atZone(data.zone()).toLocalDate();
	}

	/** Positive when the score moved the better way. */
	static double improvement(Data data, double baseline, double score) {
		return data.lowerIsBetter() ? baseline - score : score - baseline;
	}

	/** At most two decimals, no trailing zeros: 7, 3.5, 35.6. */
	static String number(double value) {
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		if (rounded.signum() == 0) {
			return "0";
		}
		return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
	}

	/** A change with its sign: +1, 0, −3 (a real minus sign). */
	static String signed(double value) {
		String plain = number(Math.abs(value));
		if (plain.equals("0")) {
			return "0";
		}
		return (value < 0 ? MINUS : "+") + plain;
	}

	static double round(double value, int decimals) {
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
	}

	/** XML text and attribute escaping. */
	static String xml(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
			}
		}
		return out.toString();
	}

}
