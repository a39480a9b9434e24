package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fascia.outcomes.Responses.dec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each instrument's MCID rule (OUTCOMES.md) at its boundaries: exactly 2 points, exactly 30%, baseline 0. */
class ChangeTest {

	@ParameterizedTest(name = "{0} {1} -> {2} ({4} activities): {3}")
	@CsvSource({
			// NPRS: fall >= 2 or >= 30% of baseline; worse: rise >= 2
			"NPRS, 7, 5, IMPROVED, 3", "NPRS, 7, 6, NO_CHANGE, 3", "NPRS, 3, 2, IMPROVED, 3", // 1/3 = 33% >= 30%
			"NPRS, 4, 3, NO_CHANGE, 3", // 25%
			"NPRS, 10, 8, IMPROVED, 3", "NPRS, 10, 9, NO_CHANGE, 3", "NPRS, 1, 0, IMPROVED, 3", // 100%
			"NPRS, 0, 0, NO_CHANGE, 3", "NPRS, 0, 1, NO_CHANGE, 3", "NPRS, 0, 2, WORSE, 3", "NPRS, 5, 7, WORSE, 3",
			"NPRS, 5, 6, NO_CHANGE, 3", "NPRS, 8, 10, WORSE, 3",
			// PEG: fall >= 30% of baseline; worse: rise >= 30% and >= 1.0 point
			"PEG, 5.0, 3.5, IMPROVED, 3", // exactly 30%
			"PEG, 5.0, 3.6, NO_CHANGE, 3", // 28%
			"PEG, 6.7, 4.7, NO_CHANGE, 3", // 2.0 of 6.7 = 29.85%, just under
			"PEG, 0.0, 0.0, NO_CHANGE, 3", "PEG, 0.0, 0.7, NO_CHANGE, 3", "PEG, 0.0, 1.0, WORSE, 3", "PEG, 0.3, 0.7, NO_CHANGE, 3",
			"PEG, 5.0, 6.5, WORSE, 3", // exactly 30% and 1.5 points
			"PEG, 5.0, 6.4, NO_CHANGE, 3", "PEG, 2.0, 3.0, WORSE, 3", "PEG, 2.0, 2.7, NO_CHANGE, 3",
			// PSFS (higher is better): rise >= 2 in the mean, >= 3 for a single activity
			"PSFS, 3.0, 5.0, IMPROVED, 3", "PSFS, 3.0, 4.9, NO_CHANGE, 3", "PSFS, 3.5, 5.5, IMPROVED, 2",
			"PSFS, 3.0, 5.0, NO_CHANGE, 1", "PSFS, 3.0, 6.0, IMPROVED, 1", "PSFS, 0.0, 2.0, IMPROVED, 3",
			"PSFS, 5.0, 3.0, WORSE, 3", "PSFS, 5.0, 3.1, NO_CHANGE, 3", "PSFS, 5.0, 3.0, NO_CHANGE, 1", "PSFS, 5.0, 2.0, WORSE, 1",
			// RMDQ: fall >= 5 or >= 30%; worse: rise >= 5
			"RMDQ, 12, 7, IMPROVED, 3", "RMDQ, 12, 8, IMPROVED, 3", // 4 of 12 = 33%
			"RMDQ, 10, 7, IMPROVED, 3", // exactly 30%
			"RMDQ, 20, 15, IMPROVED, 3", "RMDQ, 20, 16, NO_CHANGE, 3", "RMDQ, 0, 0, NO_CHANGE, 3", "RMDQ, 0, 4, NO_CHANGE, 3",
			"RMDQ, 0, 5, WORSE, 3", "RMDQ, 2, 3, NO_CHANGE, 3", "RMDQ, 24, 24, NO_CHANGE, 3",
			// ODI: fall >= 10 or >= 30%; worse: rise >= 10
			"ODI, 40.0, 30.0, IMPROVED, 3", "ODI, 40.0, 30.1, NO_CHANGE, 3", "ODI, 20.0, 14.0, IMPROVED, 3", // exactly 30%
			"ODI, 20.0, 14.1, NO_CHANGE, 3", "ODI, 0.0, 0.0, NO_CHANGE, 3", "ODI, 0.0, 9.9, NO_CHANGE, 3", "ODI, 0.0, 10.0, WORSE, 3",
			"ODI, 35.6, 45.6, WORSE, 3", "ODI, 35.6, 45.5, NO_CHANGE, 3" })
	void judgesByTheMcid(Instrument instrument, String baseline, String current, ChangeStatus status, int activities) {
		assertThat(Change.status(instrument, dec(baseline), dec(current), activities).status()).isEqualTo(status);
	}

	@Test
	void aFallJustUnder30PercentOfAPegBaselineIsNoChange() {
		// the row above, spelled out: 6.7 -> 4.7 is a fall of 2.0 = 29.85% of 6.7, under 30%
		assertThat(Change.status(Instrument.PEG, dec("6.7"), dec("4.7")).status()).isEqualTo(ChangeStatus.NO_CHANGE);
	}

	@Test
	void reportsTheAbsoluteAndRelativeChange() {
		Change.Result result = Change.status(Instrument.NPRS, dec("7"), dec("4"));
		assertThat(result.absolute()).isEqualByComparingTo("-3");
		assertThat(result.relative()).isEqualByComparingTo("-42.9");
		Change.Result rise = Change.status(Instrument.ODI, dec("20.0"), dec("30.0"));
		assertThat(rise.absolute()).isEqualByComparingTo("10.0");
		assertThat(rise.relative()).isEqualByComparingTo("50.0");
	}

	@Test
	void aBaselineOfZeroHasNoRelativeChange() {
		Change.Result result = Change.status(Instrument.NPRS, dec("0"), dec("3"));
		assertThat(result.absolute()).isEqualByComparingTo("3");
		assertThat(result.relative()).isNull();
		assertThat(result.status()).isEqualTo(ChangeStatus.WORSE);
	}

	@Test
	void startBackHasNoMcid() {
		assertThatThrownBy(() -> Change.status(Instrument.STARTBACK, dec("5"), dec("2")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no MCID");
	}

}
