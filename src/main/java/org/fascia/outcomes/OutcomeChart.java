package org.fascia.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.fascia.platform.Pure;
import org.fascia.platform.Texts;

/**
 * One outcome measure over time, as a server-rendered, accessible inline SVG (no chart JavaScript, no inline
 * styles: classes from {@code /css/outcomes.css}), with a data table alternative and two captions: plain
 * language for the client, numbers for the therapist. Pure and deterministic: the same data always gives the
 * same string. Its words come from the message bundle through the {@link Texts} the caller passes. Show it
 * with the fragment {@code outcomes/chart :: chart(svg, table, caption)}.
 */
@Pure
public final class OutcomeChart {

	private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

	private OutcomeChart() {
	}

	/** The chart with ids derived from the measure name; pass an id when a page shows the same measure twice. */
	public static String svg(Data data, Texts words) {
		return svg(data, defaultId(data.measure()), words);
	}

	/** The chart; {@code id} prefixes the ids of its title and description, so it must be unique on the page. */
	public static String svg(Data data, String id, Texts words) {
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("chart id must be a letter then letters, digits, - or _: " + id);
		}
		return new OutcomeChartSvg(data, id, words).render();
	}

	/** The same data as rows of date, score, change from baseline and whether a session took place that day. */
	public static Table dataTable(Data data, Texts words) {
		return OutcomeChartText.table(data, words);
	}

	/** "Your pain has dropped from 7 to 4 since you started — a meaningful improvement." */
	public static String clientCaption(Data data, Texts words) {
		return OutcomeChartText.clientCaption(data, words);
	}

	/** Baseline, latest, absolute and relative change, whether the MCID is reached, the number of sessions. */
	public static String therapistCaption(Data data, Texts words) {
		return OutcomeChartText.therapistCaption(data, words);
	}

	/** The latest score against the baseline and the measure's MCID; null without scores. */
	public static Trend trend(Data data) {
		return OutcomeChartText.trend(data);
	}

	static String defaultId(String measure) {
		String slug = measure.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "oc-chart" : "oc-" + slug;
	}

	/** Where the latest score stands against the baseline, judged by the MCID. */
	public enum Trend {

		IMPROVED, ABOUT_THE_SAME, WORSE

	}

	/**
	 * What to draw.
	 * @param measure the measure's name, e.g. "Pain (NPRS)"
	 * @param subject what the client calls it, lower case, e.g. "pain"
	 * @param min lowest possible score
	 * @param max highest possible score
	 * @param lowerIsBetter true for pain and disability, false for function (PSFS)
	 * @param baseline the baseline score; null means the first score
	 * @param mcid what counts as a meaningful improvement
	 * @param insensitive where the measure does not detect change (RMDQ below 4 and above 20); may be null
	 * @param scores the scores, any order (drawn in time order)
	 * @param sessions when treatment sessions took place
	 * @param adherence self-care adherence per week
	 * @param zone the clinic's zone: dates are labelled in it
	 */
	public record Data(String measure, String subject, int min, int max, boolean lowerIsBetter, Double baseline,
			Mcid mcid, Insensitive insensitive, List<Score> scores, List<Instant> sessions,
			List<AdherenceWeek> adherence, ZoneId zone) {

		public Data {
			Objects.requireNonNull(measure, "measure");
			Objects.requireNonNull(subject, "subject");
			Objects.requireNonNull(mcid, "mcid");
			Objects.requireNonNull(zone, "zone");
			if (min >= max) {
				throw new IllegalArgumentException("min must be below max: " + min + " " + max);
			}
			if (baseline != null && !inRange(baseline, min, max)) {
				throw new IllegalArgumentException("baseline out of range: " + baseline);
			}
			scores = List.copyOf(scores).stream().sorted(Comparator.comparing(Score::at)).toList();
			for (Score score : scores) {
				if (!inRange(score.value(), min, max)) {
					throw new IllegalArgumentException("score out of range: " + score.value());
				}
			}
			sessions = List.copyOf(sessions).stream().sorted().toList();
			adherence = List.copyOf(adherence).stream().sorted(Comparator.comparing(AdherenceWeek::weekStart)).toList();
		}

		private static boolean inRange(double value, int min, int max) {
			return !Double.isNaN(value) && value >= min && value <= max;
		}

		/** The baseline given, else the first score, else null. */
		public Double baselineScore() {
			if (baseline != null) {
				return baseline;
			}
			return scores.isEmpty() ? null : scores.get(0).value();
		}

		/** The smallest improvement from this baseline that counts: the points rule or the relative one. */
		double threshold(double from) {
			double points = mcid.points();
			return mcid.relative() == null ? points : Math.min(points, mcid.relative() * Math.abs(from));
		}

	}

	/**
	 * Minimal clinically important difference: a change of {@code points} or, when given, of {@code relative}
	 * (0.3 = 30%) of the baseline, whichever is smaller; a change of {@code points} the wrong way is worse.
	 */
	public record Mcid(double points, Double relative) {

		public Mcid {
			if (!(points > 0) || (relative != null && !(relative > 0 && relative <= 1))) {
				throw new IllegalArgumentException("MCID must be positive, relative a fraction: " + points + " " + relative);
			}
		}

	}

	/** Scores strictly below {@code below} or above {@code above} do not show change reliably. */
	public record Insensitive(double below, double above) {

	}

	/** One score at the moment it was given. */
	public record Score(Instant at, double value) {

		public Score {
			Objects.requireNonNull(at, "at");
		}

	}

	/** Self-care done in the week starting {@code weekStart}, as a percentage of the days. */
	public record AdherenceWeek(LocalDate weekStart, int percent) {

		public AdherenceWeek {
			Objects.requireNonNull(weekStart, "weekStart");
			if (percent < 0 || percent > 100) {
				throw new IllegalArgumentException("percent out of range: " + percent);
			}
		}

	}

	/** The data table alternative: its caption, the score column's heading and one row per score. */
	public record Table(String caption, String scoreHeading, List<Row> rows) {

		public Table {
			rows = List.copyOf(rows);
		}

	}

	/** One row: the date in the clinic's zone, the score, the change from baseline and whether it was a session day. */
	public record Row(LocalDate date, String dateLabel, String score, String change, boolean session) {

	}

}
