package org.fascia.care;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fascia.platform.Pure;

/**
 * A measurable goal of a care plan: an instrument target ("NPRS at most 3", "RMDQ fall of 5") or a PSFS
 * activity with the score to reach ("Sit through a workday: at least 7/10").
 */
@Pure
public record PlanGoal(Kind kind, Instrument instrument, Comparison comparison, int target, String activity) {

	public enum Kind { INSTRUMENT, PSFS }

	/** The instruments of OUTCOMES.md with their score range; for all but PSFS lower is better. */
	public enum Instrument {

		NPRS("pain (NPRS)", 10), PEG("PEG", 10), RMDQ("Roland-Morris (RMDQ)", 24), ODI("Oswestry (ODI)", 100),
		PSFS("PSFS", 10);

		private final String label;

		private final int max;

		Instrument(String label, int max) {
			this.label = label;
			this.max = max;
		}

		public String label() {
			return label;
		}

		public int max() {
			return max;
		}

	}

	public enum Comparison { AT_MOST, AT_LEAST, FALL_BY, RISE_BY }

	private static final Pattern TARGET = Pattern.compile(
			"^(<=|≤|at most|>=|≥|at least|fall of|fall by|falls by|down|rise of|rise by|up|-|\\+)?\\s*(\\d{1,3})$");

	private static final Map<String, Comparison> WORDS = Map.ofEntries(Map.entry("<=", Comparison.AT_MOST),
			Map.entry("≤", Comparison.AT_MOST), Map.entry("at most", Comparison.AT_MOST),
			Map.entry(">=", Comparison.AT_LEAST), Map.entry("≥", Comparison.AT_LEAST),
			Map.entry("at least", Comparison.AT_LEAST), Map.entry("fall of", Comparison.FALL_BY),
			Map.entry("fall by", Comparison.FALL_BY), Map.entry("falls by", Comparison.FALL_BY),
			Map.entry("down", Comparison.FALL_BY), Map.entry("-", Comparison.FALL_BY),
			Map.entry("rise of", Comparison.RISE_BY), Map.entry("rise by", Comparison.RISE_BY),
			Map.entry("up", Comparison.RISE_BY), Map.entry("+", Comparison.RISE_BY));

	/** The goal in words, e.g. "Pain (NPRS) at most 3/10" or "Sit through a workday: PSFS at least 7/10". */
	public String describe() {
		String score = switch (comparison) {
			case AT_MOST -> "at most " + target + "/" + instrument.max();
			case AT_LEAST -> "at least " + target + "/" + instrument.max();
			case FALL_BY -> "a fall of " + target + " points";
			case RISE_BY -> "a rise of " + target + " points";
		};
		return kind == Kind.PSFS ? activity + ": PSFS " + score : capital(instrument.label()) + " " + score;
	}

	/** The same in plain words for the client. */
	public String plain() {
		if (kind == Kind.PSFS) {
			return activity + " (you rate it " + (comparison == Comparison.AT_LEAST ? "at least " + target + " out of 10"
					: describe()) + ")";
		}
		if (instrument == Instrument.NPRS && comparison == Comparison.AT_MOST) {
			return "Pain down to " + target + " out of 10 or less";
		}
		return describe();
	}

	/**
	 * Reads a goal as a form or the API sends it.
	 * @return the goal, or the message for the field named ("instrument", "target" or "activity")
	 */
	public static Parsed parse(String kindText, String instrumentText, String targetText, String activityText) {
		Kind kind = choice(Kind.class, kindText);
		if (kind == null) {
			return Parsed.error("kind", "Choose INSTRUMENT (a score target) or PSFS (an activity).");
		}
		String activity = activityText == null ? "" : activityText.strip();
		Instrument instrument;
		if (kind == Kind.PSFS) {
			instrument = Instrument.PSFS;
			if (activity.isEmpty()) {
				return Parsed.error("activity", "Name the activity the client wants to get back to.");
			}
			if (activity.length() > 200) {
				return Parsed.error("activity", "Keep the activity to 200 characters.");
			}
		}
		else {
			instrument = choice(Instrument.class, instrumentText);
			if (instrument == null || instrument == Instrument.PSFS) {
				return Parsed.error("instrument", "Choose the instrument: NPRS, PEG, RMDQ or ODI.");
			}
			activity = null;
		}
		String t = targetText == null ? "" : targetText.strip().toLowerCase(Locale.ROOT);
		Matcher m = TARGET.matcher(t);
		if (t.isEmpty() || !m.matches()) {
			return Parsed.error("target", "Give the target, e.g. \"≤ 3\" (a score to reach) or \"fall of 5\".");
		}
		Comparison comparison = m.group(1) == null
				? (kind == Kind.PSFS ? Comparison.AT_LEAST : Comparison.AT_MOST) : WORDS.get(m.group(1));
		int value = Integer.parseInt(m.group(2));
		boolean change = comparison == Comparison.FALL_BY || comparison == Comparison.RISE_BY;
		if (value > instrument.max() || (change && value == 0)) {
			return Parsed.error("target", instrument.name() + " scores run from 0 to " + instrument.max()
					+ (change ? "; a change must be 1 to " + instrument.max() + " points." : "."));
		}
		return new Parsed(new PlanGoal(kind, instrument, comparison, value, activity), null, null);
	}

	/** A parsed goal, or the field and message saying why not. */
	public record Parsed(PlanGoal goal, String field, String message) {

		static Parsed error(String field, String message) {
			return new Parsed(null, field, message);
		}

	}

	private static <E extends Enum<E>> E choice(Class<E> type, String text) {
		if (text == null) {
			return null;
		}
		for (E e : type.getEnumConstants()) {
			if (e.name().equalsIgnoreCase(text.strip())) {
				return e;
			}
		}
		return null;
	}

	private static String capital(String s) {
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

}
