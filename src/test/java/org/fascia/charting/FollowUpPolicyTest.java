package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.fascia.charting.FollowUpPolicy.Reason;
import org.fascia.charting.FollowUpPolicy.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which sessions are followed up, and the 24-48 h window, at its edges. */
class FollowUpPolicyTest {

	static final Instant END = Instant.parse("2026-10-24T17:00:00Z");

	@ParameterizedTest(name = "deep={0} earlierDeep={1} reduceIntensity={2} -> {3}")
	@CsvSource({
			"true,  false, false, FIRST_DEEP_TISSUE",
			"true,  true,  false, NONE",
			"false, false, false, NONE",
			"false, true,  false, NONE",
			"false, false, true,  REDUCE_INTENSITY",
			"true,  true,  true,  REDUCE_INTENSITY",
			"true,  false, true,  REDUCE_INTENSITY" })
	void whichSessionsAreFollowedUp(boolean deep, boolean earlierDeep, boolean reduceIntensity, String expected) {
		Optional<Reason> reason = FollowUpPolicy.reason(new Session(END, deep, earlierDeep, reduceIntensity));
		assertThat(reason.map(Enum::name).orElse("NONE")).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} after the end -> due {1}")
	@CsvSource({ "PT0S, false", "PT23H59M59S, false", "PT24H, true", "PT36H, true", "PT47H59M59S, true", "PT48H, false",
			"PT72H, false", "-PT1H, false" })
	void theWindowIsFrom24UpTo48HoursAfterTheEnd(String after, boolean due) {
		assertThat(FollowUpPolicy.due(END, END.plus(Duration.parse(after)))).isEqualTo(due);
	}

	@ParameterizedTest(name = "{0} h of soreness -> too long {1}")
	@CsvSource({ "0, false", "12, false", "36, false", "37, true", "720, true" })
	void sorenessBeyond36HoursIsTooLong(int hours, boolean tooLong) {
		assertThat(FollowUpPolicy.sorenessTooLong(hours)).isEqualTo(tooLong);
	}

}
