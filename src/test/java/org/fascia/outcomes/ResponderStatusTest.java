package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.outcomes.Responses.series;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plan-level responder status over a series (baseline first): improved at two visits in a row, no change after
 * 4 visits, worse by the MCID at the latest visit.
 */
class ResponderStatusTest {

	@ParameterizedTest(name = "{0} {1}: {2}")
	@CsvSource(delimiter = '|', value = {
			"NPRS | 7            | TOO_EARLY",
			"NPRS | 7 5          | TOO_EARLY", // improved once only
			"NPRS | 7 5 5        | IMPROVED", // two visits in a row at exactly 2 points
			"NPRS | 7 5 6 5      | TOO_EARLY", // not in a row: 5, 6, 5
			"NPRS | 7 5 6 5 4    | IMPROVED",
			"NPRS | 7 6 6 6      | TOO_EARLY", // three visits without change
			"NPRS | 7 6 6 6 6    | NO_CHANGE", // four visits without change
			"NPRS | 7 5 5 6 6    | NO_CHANGE", // improved earlier, not any more
			"NPRS | 7 6 6 6 6 5  | NO_CHANGE", // improved once at the sixth: not yet two in a row
			"NPRS | 7 6 6 6 6 5 5| IMPROVED",
			"NPRS | 5 7          | WORSE", // worse by 2 at the first visit
			"NPRS | 5 3 3 7      | WORSE", // worse wins over an earlier improvement
			"NPRS | 0 0 0 0 0    | NO_CHANGE", // baseline 0 cannot improve
			"NPRS | 0 2          | WORSE",
			"RMDQ | 10 7 7       | IMPROVED", // exactly 30% at two visits
			"RMDQ | 10 8 8 8 8   | NO_CHANGE",
			"ODI  | 40.0 30.0 30.0 | IMPROVED",
			"ODI  | 40.0 50.0      | WORSE",
			"PEG  | 5.0 3.5 3.5    | IMPROVED",
			"PSFS | 3.0 5.0 5.0    | IMPROVED",
			"PSFS | 3.0 2.0 1.0    | WORSE" })
	void followsTheSeries(Instrument instrument, String scores, ResponderStatus status) {
		assertThat(Change.responder(instrument, series(scores.trim().split("\\s+")))).isEqualTo(status);
	}

	@ParameterizedTest(name = "PSFS with one activity {0}: {1}")
	@CsvSource(delimiter = '|', value = { "3 5 5 | TOO_EARLY", "3 6 6 | IMPROVED", "3 5 5 5 5 | NO_CHANGE", "6 3 | WORSE",
			"6 4 | TOO_EARLY" })
	void aSingleActivityPsfsNeedsThreePoints(String scores, ResponderStatus status) {
		assertThat(Change.responder(Instrument.PSFS, series(scores.trim().split("\\s+")), 1))
			.isEqualTo(status);
	}

}
