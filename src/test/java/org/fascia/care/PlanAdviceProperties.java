package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever the plan and the readings, the safety rules of the next step hold. */
class PlanAdviceProperties {

	@Property
	void aRiseOfTwoOverTheBaselineAlwaysStopsAndRescreens(@ForAll @IntRange(min = 1, max = 52) int planned,
			@ForAll @IntRange(min = 0, max = 60) int done, @ForAll @IntRange(min = 0, max = 8) int baseline,
			@ForAll @IntRange(min = 2, max = 10) int rise, @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 10) Integer> between,
			@ForAll boolean redFlags, @ForAll @IntRange(min = 1, max = 12) int interval) {
		int latest = Math.min(10, baseline + rise);
		if (latest - baseline < 2) {
			return;
		}
		List<Integer> pains = new ArrayList<>();
		pains.add(baseline);
		pains.addAll(between);
		pains.add(latest);
		assertThat(PlanAdvice.next(planned, done, pains, redFlags, interval).step()).isEqualTo(PlanStep.STOP_AND_RESCREEN);
	}

	@Property
	void newRedFlagsAlwaysStopAndRescreen(@ForAll @IntRange(min = 1, max = 52) int planned,
			@ForAll @IntRange(min = 0, max = 60) int done, @ForAll @Size(max = 10) List<@IntRange(min = 0, max = 10) Integer> pains,
			@ForAll @IntRange(min = 1, max = 12) int interval) {
		assertThat(PlanAdvice.next(planned, done, pains, true, interval).step()).isEqualTo(PlanStep.STOP_AND_RESCREEN);
	}

	@Property
	void widenOnlyWhenTheLastTwoVisitsImprovedAndNeverBeyondMonthly(@ForAll @IntRange(min = 1, max = 52) int planned,
			@ForAll @IntRange(min = 0, max = 60) int done,
			@ForAll @Size(max = 10) List<@IntRange(min = 0, max = 10) Integer> pains,
			@ForAll @IntRange(min = 1, max = 12) int interval) {
		PlanAdvice.Advice advice = PlanAdvice.next(planned, done, pains, false, interval);
		if (advice.step() == PlanStep.WIDEN_INTERVAL) {
			int n = pains.size();
			assertThat(n).isGreaterThanOrEqualTo(3);
			assertThat(PlanAdvice.improved(pains.get(0), pains.get(n - 1))).isTrue();
			assertThat(PlanAdvice.improved(pains.get(0), pains.get(n - 2))).isTrue();
			assertThat(advice.suggestedIntervalWeeks()).isGreaterThan(interval).isLessThanOrEqualTo(4);
			assertThat(done).isLessThan(planned);
		}
		else {
			assertThat(advice.suggestedIntervalWeeks()).isNull();
		}
	}

}
