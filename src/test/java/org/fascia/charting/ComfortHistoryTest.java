package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ComfortHistoryTest {

	@Test
	void onlyTooMuchEntriesAreShownOnceWithTheReducedPressure() {
		var tooMuch = new TreatmentEntry(BodyRegion.CALVES_L, Technique.DEEP_TISSUE, 4, Comfort.TOO_MUCH, 2);
		var lines = ComfortHistory.tooMuch(List.of(tooMuch,
				new TreatmentEntry(BodyRegion.NECK, Technique.SWEDISH, 2, Comfort.COMFORTABLE, null),
				new TreatmentEntry(BodyRegion.GLUTEAL_R, Technique.TRIGGER_POINT, 3, Comfort.INTENSE_BUT_OK, null),
				new TreatmentEntry(BodyRegion.CALVES_L, Technique.DEEP_TISSUE, 4, Comfort.TOO_MUCH, 2)));
		assertThat(lines).containsExactly(tooMuch);
		assertThat(ComfortHistory.tooMuch(List.of())).isEmpty();
	}

}
