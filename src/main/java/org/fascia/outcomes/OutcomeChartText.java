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

/**
 * The words around an outcome chart: the captions, the data table, and the number, date and XML formatting the
 * SVG shares. The trend mirrors requirement 3's rule (a change of the MCID from baseline, points or relative,
 * improves; the points the other way is worse) on the data the caller gives.
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

	static String clientCaption(Data data) {
		String your = "Your " + data.subject();
		if (data.scores().isEmpty()) {
			return "No scores yet: your chart appears after your first one.";
		}
		String latest = number(latest(data).value());
		String baseline = number(data.baselineScore());
		if (data.scores().size() == 1 && data.baseline() == null) {
			return your + " score was " + latest + " when you started. The next scores will show how it changes.";
		}
		return switch (trend(data)) {
			case IMPROVED -> your + " has " + (data.lowerIsBetter() ? "dropped" : "risen") + " from " + baseline
					+ " to " + latest + " since you started \u2014 a meaningful improvement.";
			case WORSE -> your + " is now " + latest + ", " + (data.lowerIsBetter() ? "higher" : "lower")
					+ " than when you started (" + baseline + ") \u2014 please tell your therapist.";
			case ABOUT_THE_SAME -> latest.equals(baseline)
					? your + " is " + latest + ", about the same as when you started."
					: your + " is now " + latest + " (" + baseline + " when you started) \u2014 about the same as when you started.";
		};
	}

	static String therapistCaption(Data data) {
		StringBuilder text = new StringBuilder(data.measure()).append(": ");
		if (data.scores().isEmpty()) {
			text.append("no scores yet. ");
		}
		else {
			double baseline = data.baselineScore();
			Score latest = latest(data);
			double change = latest.value() - baseline;
			text.append("baseline ").append(number(baseline)).append(", latest ").append(number(latest.value()))
				.append(" on ").append(DAY.format(date(data, latest.at()))).append("; change ")
				.append(signed(change)).append(change == 1 || change == -1 ? " point" : " points");
			text.append(baseline == 0 ? " (relative change undefined from a baseline of 0). "
					: " (" + signed(round(change / Math.abs(baseline) * 100, 1)) + "%). ");
			text.append(mcidVerdict(data, baseline)).append(' ');
		}
		int sessions = data.sessions().size();
		text.append(sessions).append(sessions == 1 ? " session." : " sessions.");
		if (data.insensitive() != null) {
			text.append(" Insensitive to change below ").append(number(data.insensitive().below()))
				.append(" and above ").append(number(data.insensitive().above())).append('.');
		}
		return text.toString();
	}

	private static String mcidVerdict(Data data, double baseline) {
		String rule = "a " + (data.lowerIsBetter() ? "fall" : "rise") + " of " + number(data.mcid().points())
				+ " points" + (data.mcid().relative() == null ? ""
						: " or " + number(round(data.mcid().relative() * 100, 1)) + "% of baseline");
		Double target = OutcomeChartText.target(data, baseline);
		return switch (trend(data)) {
			case IMPROVED -> "MCID (" + rule + ") reached.";
			case WORSE -> "Worse by the MCID (a " + (data.lowerIsBetter() ? "rise" : "fall") + " of "
					+ number(data.mcid().points()) + " points or more).";
			case ABOUT_THE_SAME -> "MCID (" + rule + ") not reached"
					+ (target == null ? ": no room to improve from this baseline." : " (needs " + number(target)
							+ (data.lowerIsBetter() ? " or lower)." : " or higher)."));
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

	static Table table(Data data) {
		Set<LocalDate> sessionDays = new TreeSet<>();
		data.sessions().forEach(at -> sessionDays.add(date(data, at)));
		List<Row> rows = new ArrayList<>();
		Double baseline = data.baselineScore();
		for (Score score : data.scores()) {
			LocalDate day = date(data, score.at());
			rows.add(new Row(day, DAY.format(day), number(score.value()), signed(score.value() - baseline),
					sessionDays.contains(day)));
		}
		String caption = data.measure() + ": each score, its change from baseline"
				+ (baseline == null ? "" : " (" + number(baseline) + ")") + " and whether it was a session day";
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
