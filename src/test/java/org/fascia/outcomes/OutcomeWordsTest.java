package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The questionnaire pages print a round's heading and timing through keys built from its name
 * ({@code #{'outcomes.round.' + ${r.round()} + '.title'}}), which MessageBundlesTest cannot see: every round has both
 * in the English bundle, the one place they are written.
 */
class OutcomeWordsTest {

	@Test
	void everyRoundHasItsTitleAndWhen() {
		for (OutcomeRound round : OutcomeRound.values()) {
			assertThat(org.fascia.platform.Words.standalone().text("outcomes.round." + round.name() + ".title")).as(round.name()).isNotBlank();
			assertThat(org.fascia.platform.Words.standalone().text("outcomes.round." + round.name() + ".when")).as(round.name()).isNotBlank();
		}
		assertThat(org.fascia.platform.Words.standalone().text("outcomes.round.REVIEW.title")).isEqualTo("Progress check");
	}

}
