package org.fascia.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.fascia.platform.Pure;

/**
 * The published scoring of each instrument, exactly as OUTCOMES.md states it (sources per instrument on
 * {@link Instrument}). One-decimal scores are the exact quotient rounded once, half-up
 * ({@link BigDecimal#divide(BigDecimal, int, RoundingMode)} on the integer sums, never a rounded double): a PEG
 * of 4, 4, 5 is 13/3 = 4.333... = 4.3, of 4, 5, 5 is 14/3 = 4.666... = 4.7.
 */
@Pure
public final class Scoring {

	/** ODI v2.1a: fewer answered sections than this and the index is not scored (Fairbank &amp; Pynsent 2000). */
	static final int ODI_MINIMUM_SECTIONS = 8;

	private static final List<String> STARTBACK_BOTHERED = List.of("very_much", "extremely");

	private Scoring() {
	}

	/**
	 * Scores one response. Answers are keyed by linkId (plain values: numbers, booleans, codes, a list of two
	 * numbers for an ODI double tick, null or absent for "not answered").
	 *
	 * @throws ScoringError naming the item that is missing, unknown, of the wrong type or out of range
	 */
	public static Score score(Instrument instrument, Map<String, Object> answers) {
		Answers a = new Answers(instrument, answers);
		return switch (instrument) {
			case NPRS -> Score.of(BigDecimal.valueOf(a.integer("pain", 0, 10)));
			case PEG -> Score.of(mean(a.integer("pain", 0, 10) + a.integer("enjoyment", 0, 10)
					+ a.integer("activity", 0, 10), 3));
			case PSFS -> psfs(a);
			case RMDQ -> rmdq(a);
			case ODI -> odi(a);
			case STARTBACK -> startBack(a);
		};
	}

	/** PSFS (Stratford 1995): the mean of the rated activities (1 to 3), one decimal; a named activity needs a rating. */
	private static Score psfs(Answers a) {
		int sum = 0;
		int rated = 0;
		for (int i = 1; i <= 3; i++) {
			String item = "activity" + i;
			if (a.answered(item)) {
				sum += a.integer(item, 0, 10);
				rated++;
			}
			else if (a.answered(item + "_name")) {
				throw new ScoringError(item, "Activity " + i + " is named but not rated (0 to 10).");
			}
		}
		if (rated == 0) {
			throw new ScoringError("activity1", "Rate at least one activity (0 unable to 10 as before the problem).");
		}
		return Score.of(mean(sum, rated));
	}

	/** RMDQ (Roland &amp; Fairbank 2000): the number of the 24 statements ticked, 0-24; every item answered. */
	private static Score rmdq(Answers a) {
		int ticked = 0;
		for (int i = 1; i <= 24; i++) {
			ticked += a.bool("q" + i) ? 1 : 0;
		}
		return Score.of(BigDecimal.valueOf(ticked));
	}

	/**
	 * ODI v2.1a (Fairbank &amp; Pynsent 2000): sum / (5 x sections answered) x 100, one decimal, half-up. A section
	 * may be skipped (absent or null); two boxes ticked in one section come as a list of two numbers and the
	 * higher counts; fewer than 8 sections answered is not scored.
	 */
	private static Score odi(Answers a) {
		int sum = 0;
		int answered = 0;
		for (int i = 1; i <= 10; i++) {
			String item = "s" + i;
			Object value = a.raw(item);
			if (value == null) {
				continue;
			}
			sum += value instanceof List<?> ticks ? higherOf(item, ticks) : Answers.whole(item, value, 0, 5);
			answered++;
		}
		if (answered < ODI_MINIMUM_SECTIONS) {
			throw new ScoringError(null, "ODI not scored: " + answered + " of 10 sections answered, at least "
					+ ODI_MINIMUM_SECTIONS + " are needed.");
		}
		BigDecimal index = BigDecimal.valueOf(sum * 100L).divide(BigDecimal.valueOf(5L * answered), 1, RoundingMode.HALF_UP);
		return new Score(index, odiBand(index), null, null);
	}

	private static int higherOf(String item, List<?> ticks) {
		if (ticks.size() != 2) {
			throw new ScoringError(item, "Item '" + item + "' takes one number 0 to 5, or two for a double tick.");
		}
		return Math.max(Answers.whole(item, ticks.get(0), 0, 5), Answers.whole(item, ticks.get(1), 0, 5));
	}

	/**
	 * ODI bands (OUTCOMES.md): 0-20 minimal, 21-40 moderate, 41-60 severe, 61-80 crippling, 81-100 bed-bound. The
	 * published upper bounds are inclusive and a one-decimal score above one band's bound belongs to the next:
	 * 20.0 minimal, 20.5 moderate, 40.0 moderate, 40.1 severe. (With 8 to 10 sections answered no index falls
	 * strictly between 20 and 21, 40 and 41, 60 and 61 or 80 and 81, so this only decides the rule, never moves
	 * a real score.)
	 */
	static String odiBand(BigDecimal index) {
		if (index.compareTo(BigDecimal.valueOf(20)) <= 0) {
			return "minimal";
		}
		if (index.compareTo(BigDecimal.valueOf(40)) <= 0) {
			return "moderate";
		}
		if (index.compareTo(BigDecimal.valueOf(60)) <= 0) {
			return "severe";
		}
		if (index.compareTo(BigDecimal.valueOf(80)) <= 0) {
			return "crippling";
		}
		return "bed-bound";
	}

	/**
	 * STarT Back (Hill 2008, Keele): items 1-8 agree 1 / disagree 0; item 9 counts 1 only for very much or
	 * extremely. Total 0-9; psychosocial subscale = items 5-9 (0-5); risk: subscale &ge; 4 high, otherwise total
	 * &le; 3 low and total &ge; 4 medium.
	 */
	private static Score startBack(Answers a) {
		int total = 0;
		int subscale = 0;
		for (int i = 1; i <= 8; i++) {
			int point = a.bool("q" + i) ? 1 : 0;
			total += point;
			subscale += i >= 5 ? point : 0;
		}
		int bothered = STARTBACK_BOTHERED.contains(a.code("q9", Instrument.Item.BOTHERSOMENESS)) ? 1 : 0;
		total += bothered;
		subscale += bothered;
		String risk = subscale >= 4 ? "high" : total <= 3 ? "low" : "medium";
		return new Score(BigDecimal.valueOf(total), null, subscale, risk);
	}

	private static BigDecimal mean(int sum, int count) {
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
	}

}
