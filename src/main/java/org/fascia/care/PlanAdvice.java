package org.fascia.care;

import java.math.BigDecimal;
import java.util.List;

import org.fascia.outcomes.Change;
import org.fascia.outcomes.ChangeStatus;
import org.fascia.outcomes.Instrument;
import org.fascia.platform.Pure;

/**
 * The next step of a care plan from the client's response, as CARE.md and OUTCOMES.md say:
 * <ol>
 * <li>new red-flag answers (an emergency or urgent screening since the plan started), or worse by the
 * NPRS MCID (a rise of 2 or more over the baseline): stop and re-screen;</li>
 * <li>the planned sessions are done: discharge with a prevention program when improved, else review;</li>
 * <li>improved at the last two visits in a row (a fall of 2 or more, or of 30% of the baseline) and
 * stable: widen the interval, fortnightly first, then monthly;</li>
 * <li>4 sessions or more without meaningful change: review and consider referral;</li>
 * <li>otherwise continue.</li>
 * </ol>
 * Pure: plain numbers in, a step and its reason in plain words out.
 */
@Pure
public final class PlanAdvice {

	/** Sessions after which no meaningful change prompts a review (CARE.md: review after 4–6). */
	public static final int REVIEW_AFTER = 4;

	/** The step, its reason, and for WIDEN_INTERVAL the interval to move to (else null). */
	public record Advice(PlanStep step, String reason, Integer suggestedIntervalWeeks) {
	}

	private PlanAdvice() {
	}

	/**
	 * @param planned the plan's number of sessions
	 * @param done the sessions completed so far
	 * @param pains the NPRS readings since the plan started, oldest first: the first is the baseline
	 * @param newRedFlags whether an emergency or urgent screening was recorded since the plan started
	 * @param intervalWeeks the plan's current interval
	 */
	public static Advice next(int planned, int done, List<Integer> pains, boolean newRedFlags, int intervalWeeks) {
		if (newRedFlags) {
			return new Advice(PlanStep.STOP_AND_RESCREEN, "A new health screening found warning signs since the plan "
					+ "started: stop treatment and re-screen before the next session.", null);
		}
		boolean measured = pains.size() >= 2;
		int baseline = pains.isEmpty() ? 0 : pains.get(0);
		int latest = pains.isEmpty() ? 0 : pains.get(pains.size() - 1);
		if (measured && worse(baseline, latest)) {
			return new Advice(PlanStep.STOP_AND_RESCREEN, "Pain is " + latest + "/10, up " + (latest - baseline)
					+ " points from " + baseline + "/10 at the start: worse by the minimal important change. Stop and "
					+ "re-screen before going on.", null);
		}
		boolean improvedNow = measured && improved(baseline, latest);
		if (done >= planned) {
			return improvedNow
					? new Advice(PlanStep.DISCHARGE_WITH_PREVENTION, "All " + planned + " planned sessions are done "
							+ "and pain fell from " + baseline + "/10 to " + latest + "/10. Discharge with a prevention "
							+ "program: back pain often comes back within a year, and keeping active helps.", null)
					: new Advice(PlanStep.REVIEW, "All " + planned + " planned sessions are done without a meaningful "
							+ "change in pain" + trend(measured, baseline, latest) + ". Review the plan and consider "
							+ "referral.", null);
		}
		int n = pains.size();
		boolean twoInARow = n >= 3 && improved(baseline, pains.get(n - 2)) && improvedNow
				&& latest - pains.get(n - 2) <= 1;
		if (twoInARow) {
			if (intervalWeeks < 4) {
				int next = intervalWeeks < 2 ? 2 : 4;
				return new Advice(PlanStep.WIDEN_INTERVAL, "Pain improved at the last two visits in a row (from "
						+ baseline + "/10 to " + latest + "/10) and is stable: widen the interval to "
						+ (next == 2 ? "every two weeks." : "monthly."), next);
			}
			return new Advice(PlanStep.CONTINUE, "Improved and stable at monthly visits (" + baseline + "/10 to "
					+ latest + "/10): continue to the end of the plan, then discharge with a prevention program.", null);
		}
		if (done >= REVIEW_AFTER && !improvedNow) {
			return new Advice(PlanStep.REVIEW, done + " sessions without a meaningful change in pain"
					+ trend(measured, baseline, latest) + ": review the plan and consider referral.", null);
		}
		if (improvedNow) {
			return new Advice(PlanStep.CONTINUE, "Pain is better (" + baseline + "/10 to " + latest + "/10); "
					+ "continue, and widen the interval once it stays better at two visits in a row.", null);
		}
		return new Advice(PlanStep.CONTINUE, done + " of " + planned + " sessions done"
				+ (measured ? ", pain " + baseline + "/10 at the start and " + latest + "/10 now" : "")
				+ ": continue the plan; review after " + REVIEW_AFTER + " sessions if nothing changes.", null);
	}

	/**
	 * Worse by the NPRS MCID: a rise of 2 points or more over the baseline (OUTCOMES.md), as the outcomes
	 * module judges every instrument ({@link Change}).
	 */
	public static boolean worse(int baseline, int reading) {
		return nprs(baseline, reading) == ChangeStatus.WORSE;
	}

	/** Improved by the NPRS MCID: a fall of 2 points or more, or of at least 30% of the baseline ({@link Change}). */
	public static boolean improved(int baseline, int reading) {
		return nprs(baseline, reading) == ChangeStatus.IMPROVED;
	}

	private static ChangeStatus nprs(int baseline, int reading) {
		return Change.status(Instrument.NPRS, BigDecimal.valueOf(baseline), BigDecimal.valueOf(reading)).status();
	}

	private static String trend(boolean measured, int baseline, int latest) {
		return measured ? " (pain " + baseline + "/10 at the start, " + latest + "/10 now)" : " (no pain scores recorded)";
	}

}
