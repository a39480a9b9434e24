package org.fascia.outcomes;

import java.math.BigDecimal;

/**
 * A scored response: the score (whole for NPRS, RMDQ and STarT Back; one decimal for PEG, PSFS and ODI), the ODI
 * band, and STarT Back's psychosocial subscale and risk group; members that do not apply are null.
 */
public record Score(BigDecimal score, String band, Integer subscale, String riskGroup) {

	static Score of(BigDecimal score) {
		return new Score(score, null, null, null);
	}

}
