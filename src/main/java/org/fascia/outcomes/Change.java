package org.fascia.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.fascia.platform.Pure;

/**
 * Change against baseline by each instrument's MCID (OUTCOMES.md "Scoring", sources on {@link Instrument}), computed
 * on exact decimals (30% of a baseline is compared as {@code 10 x change >= 3 x baseline}, never a rounded
 * double). Improved when:
 * <ul>
 * <li>NPRS: a fall of &ge; 2 points or &ge; 30% of baseline; worse: a rise of &ge; 2 (Ostelo 2008; Childs 2005).</li>
 * <li>PEG: a fall of &ge; 30% of baseline (Krebs 2009; Reed 2023). Worse (OUTCOMES.md is silent): a rise of &ge; 30%
 * of baseline and at least 1.0 point, the low end of the published minimal important difference, so a baseline of
 * 0 or 0.3 does not make a 0.3 rise "worse".</li>
 * <li>PSFS (higher is better): a rise of &ge; 2 in the mean, &ge; 3 for a single activity (Stratford 1995); worse,
 * symmetrically: a fall of as much.</li>
 * <li>RMDQ: a fall of &ge; 5 points or &ge; 30% (Ostelo 2008). Worse (silent): a rise of &ge; 5, the absolute leg only,
 * as OUTCOMES.md does for NPRS (a 30% leg would call a rise from 2 to 3 worse).</li>
 * <li>ODI: a fall of &ge; 10 points or &ge; 30% (Ostelo 2008). Worse (silent): a rise of &ge; 10, the absolute leg
 * only, for the same reason.</li>
 * </ul>
 * STarT Back is a stratification tool with no MCID: asking for its change is refused.
 */
@Pure
public final class Change {

	/** Visits after which a series that neither improved nor worsened is {@code NO_CHANGE} (OUTCOMES.md: 4-6). */
	public static final int NO_CHANGE_AFTER_VISITS = 4;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Change() {
	}

	/** The change of one score against baseline: status, {@code absolute} = current - baseline, and
	 * {@code relative} = that as a percentage of baseline, one decimal (null when the baseline is 0). */
	public record Result(ChangeStatus status, BigDecimal absolute, BigDecimal relative) {
	}

	/** As {@link #status(Instrument, BigDecimal, BigDecimal, int)} with 2 or 3 PSFS activities. */
	public static Result status(Instrument instrument, BigDecimal baseline, BigDecimal current) {
		return status(instrument, baseline, current, 3);
	}

	/**
	 * The change of {@code current} against {@code baseline}; {@code activities} is the number of PSFS activities
	 * rated (1 raises its MCID to 3), ignored for the other instruments.
	 *
	 * @throws IllegalArgumentException for STarT Back, which has no MCID
	 */
	public static Result status(Instrument instrument, BigDecimal baseline, BigDecimal current, int activities) {
		BigDecimal absolute = current.subtract(baseline);
		BigDecimal relative = baseline.signum() == 0 ? null
				: absolute.multiply(HUNDRED).divide(baseline, 1, RoundingMode.HALF_UP);
		BigDecimal fall = absolute.negate();
		ChangeStatus status = switch (instrument) {
			case NPRS -> judge(atLeast(fall, 2) || atLeastShare(fall, baseline), atLeast(absolute, 2));
			case PEG -> judge(baseline.signum() > 0 && atLeastShare(fall, baseline),
					atLeastShare(absolute, baseline) && atLeast(absolute, 1));
			case PSFS -> judge(atLeast(absolute, activities == 1 ? 3 : 2), atLeast(fall, activities == 1 ? 3 : 2));
			case RMDQ -> judge(atLeast(fall, 5) || atLeastShare(fall, baseline), atLeast(absolute, 5));
			case ODI -> judge(atLeast(fall, 10) || atLeastShare(fall, baseline), atLeast(absolute, 10));
			case STARTBACK -> throw new IllegalArgumentException(
					"STarT Back sorts into risk groups and has no MCID: compare the risk group instead.");
		};
		return new Result(status, absolute, relative);
	}

	/**
	 * The responder status of a plan: {@code scores} holds the baseline first, then each visit's score in order.
	 * WORSE wins (the latest visit worse by the MCID), then IMPROVED (the last two visits both past the MCID), then
	 * NO_CHANGE once {@link #NO_CHANGE_AFTER_VISITS} visits are in, else TOO_EARLY.
	 */
	public static ResponderStatus responder(Instrument instrument, List<BigDecimal> scores, int activities) {
		if (scores.isEmpty()) {
			throw new IllegalArgumentException("a series starts with its baseline");
		}
		BigDecimal baseline = scores.get(0);
		int visits = scores.size() - 1;
		if (visits == 0) {
			return ResponderStatus.TOO_EARLY;
		}
		ChangeStatus latest = status(instrument, baseline, scores.get(visits), activities).status();
		if (latest == ChangeStatus.WORSE) {
			return ResponderStatus.WORSE;
		}
		if (visits >= 2 && latest == ChangeStatus.IMPROVED
				&& status(instrument, baseline, scores.get(visits - 1), activities).status() == ChangeStatus.IMPROVED) {
			return ResponderStatus.IMPROVED;
		}
		return visits >= NO_CHANGE_AFTER_VISITS ? ResponderStatus.NO_CHANGE : ResponderStatus.TOO_EARLY;
	}

	/** As {@link #responder(Instrument, List, int)} with 2 or 3 PSFS activities. */
	public static ResponderStatus responder(Instrument instrument, List<BigDecimal> scores) {
		return responder(instrument, scores, 3);
	}

	private static ChangeStatus judge(boolean improved, boolean worse) {
		return improved ? ChangeStatus.IMPROVED : worse ? ChangeStatus.WORSE : ChangeStatus.NO_CHANGE;
	}

	private static boolean atLeast(BigDecimal change, int points) {
		return change.compareTo(BigDecimal.valueOf(points)) >= 0;
	}

	/** change &ge; 30% of baseline, exactly; a change of 0 never counts (so a baseline of 0 cannot "fall 30%"). */
	private static boolean atLeastShare(BigDecimal change, BigDecimal baseline) {
		return change.signum() > 0 && change.multiply(BigDecimal.TEN).compareTo(baseline.multiply(BigDecimal.valueOf(3))) >= 0;
	}

}
