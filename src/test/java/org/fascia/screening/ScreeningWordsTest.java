package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The screening pages choose some words by a value ({@code #{'screening.decision.' + ${d.name()}}}), which
 * MessageBundlesTest cannot see: every value has its English text. The bundle is the only copy: the Java labels that
 * the client record (records module) still prints read it, and give exactly its text.
 */
class ScreeningWordsTest {

	static Properties english() {
		return org.fascia.support.EnglishBundle.load();
	}

	@Test
	void everyValueAPageShowsHasItsWords() throws IOException {
		Properties english = english();
		for (Decision decision : Decision.values()) {
			assertThat(english.getProperty("screening.decision." + decision.name())).as(decision.name())
				.isNotBlank()
				.isEqualTo(Screenings.label(decision));
			assertThat(english.getProperty("screening.meaning." + decision.name())).as(decision.name())
				.isNotBlank()
				.isEqualTo(Screenings.meaning(decision));
		}
		for (ReferralAdvice advice : ReferralAdvice.values()) {
			assertThat(english.getProperty("screening.advice." + advice.name())).as(advice.name())
				.isNotBlank()
				.isEqualTo(Screenings.label(advice));
		}
		for (ScreeningKind kind : ScreeningKind.values()) {
			assertThat(english.getProperty("screening.kind." + kind.name())).as(kind.name())
				.isNotBlank()
				.isEqualTo(kind.label());
		}
		for (Clearance.Status status : Clearance.Status.values()) {
			assertThat(english.getProperty("screening.clearance.status." + status.name())).as(status.name())
				.isNotBlank()
				.isEqualTo(status.label());
		}
		assertThat(Screenings.label(Decision.NEEDS_CLEARANCE)).isEqualTo("Needs a physician's clearance");
	}

}
