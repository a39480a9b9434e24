package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ComfortHistoryTest {

	@Test
	void onlyTooMuchEntriesAreShownWithTheReducedPressure() {
		var lines = ComfortHistory.tooMuchLines(List.of(
				new TreatmentEntry(BodyRegion.CALVES_L, Technique.DEEP_TISSUE, 4, Comfort.TOO_MUCH, 2),
				new TreatmentEntry(BodyRegion.NECK, Technique.SWEDISH, 2, Comfort.COMFORTABLE, null),
				new TreatmentEntry(BodyRegion.GLUTEAL_R, Technique.TRIGGER_POINT, 3, Comfort.INTENSE_BUT_OK, null)));
		assertThat(lines).containsExactly("Calf, left: Deep tissue at pressure 4 was too much, reduced to 2");
		assertThat(ComfortHistory.tooMuchLines(List.of())).isEmpty();
	}

}
