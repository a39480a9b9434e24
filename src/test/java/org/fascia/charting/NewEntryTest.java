package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.screening.Caution;
import org.junit.jupiter.api.Test;

/** The form's checks (one message per field) and the pressure limits shown before a session. */
class NewEntryTest {

	private static Map<String, String> errors(NewEntry entry) {
		Map<String, String> errors = new LinkedHashMap<>();
		List<TreatmentEntry> entries = entry.entries(org.fascia.platform.Words.standalone(), errors);
		if (!errors.isEmpty()) {
			assertThat(entries).isEmpty();
		}
		return errors;
	}

	@Test
	void oneEntryPerRegionWhenValid() {
		Map<String, String> errors = new LinkedHashMap<>();
		List<TreatmentEntry> entries = new NewEntry(List.of("NECK", "SACRUM", "NECK"), "SWEDISH", "2", "COMFORTABLE", "")
			.entries(org.fascia.platform.Words.standalone(), errors);
		assertThat(errors).isEmpty();
		assertThat(entries).extracting(TreatmentEntry::region).containsExactly(BodyRegion.NECK, BodyRegion.SACRUM);
		assertThat(entries).allMatch(e -> e.technique() == Technique.SWEDISH && e.pressure() == 2
				&& e.reducedPressure() == null);
	}

	@Test
	void eachInvalidFieldIsNamed() {
		assertThat(errors(new NewEntry(List.of("ELBOW"), "SWEDISH", "3", "COMFORTABLE", null))).containsOnlyKeys("regions")
			.containsValue("Unknown body region ELBOW; use the codes of the body map.");
		assertThat(errors(new NewEntry(List.of(), "SWEDISH", "3", "COMFORTABLE", null))).containsOnlyKeys("regions");
		assertThat(errors(new NewEntry(List.of("NECK"), "SHIATSU", "3", "COMFORTABLE", null))).containsOnlyKeys("technique");
		assertThat(errors(new NewEntry(List.of("NECK"), "SWEDISH", "0", "COMFORTABLE", null))).containsOnlyKeys("pressure");
		assertThat(errors(new NewEntry(List.of("NECK"), "SWEDISH", "6", "COMFORTABLE", null))).containsOnlyKeys("pressure");
		assertThat(errors(new NewEntry(List.of("NECK"), "SWEDISH", "3", "OUCH", null))).containsOnlyKeys("comfort");
		assertThat(errors(new NewEntry(null, null, null, null, null)))
			.containsOnlyKeys("regions", "technique", "pressure", "comfort");
	}

	@Test
	void tooMuchNeedsALowerReducedPressure() {
		assertThat(errors(new NewEntry(List.of("NECK"), "DEEP_TISSUE", "4", "TOO_MUCH", null)))
			.containsOnlyKeys("reducedPressure");
		assertThat(errors(new NewEntry(List.of("NECK"), "DEEP_TISSUE", "4", "TOO_MUCH", "4")))
			.containsEntry("reducedPressure", "Too much: the reduced pressure must be lower than 4.");
		assertThat(errors(new NewEntry(List.of("NECK"), "DEEP_TISSUE", "1", "TOO_MUCH", "1")))
			.containsOnlyKeys("reducedPressure");
		assertThat(errors(new NewEntry(List.of("NECK"), "DEEP_TISSUE", "4", "COMFORTABLE", "2")))
			.containsOnlyKeys("reducedPressure");
		assertThat(errors(new NewEntry(List.of("NECK"), "DEEP_TISSUE", "4", "TOO_MUCH", "2"))).isEmpty();
	}

	@Test
	void pressureLimitsPerCautionAndRegion() {
		List<PressureLimits.Limit> limits = PressureLimits.of(List.of(new Caution("NO_AGGRESSIVE_LUMBAR_PRESSURE", "lumbar"),
				new Caution("LIGHT_PRESSURE_ONLY", "light"), new Caution("NO_SPINAL_MANIPULATION", "no manipulation")));
		assertThat(limits).extracting(PressureLimits.Limit::max, PressureLimits.Limit::regions, PressureLimits.Limit::everywhere)
			.containsExactly(
					tuple(3, List.of(BodyRegion.LOWER_BACK_L, BodyRegion.LOWER_BACK_R, BodyRegion.SACRUM), false),
					tuple(2, List.of(BodyRegion.values()), true));
		assertThat(PressureLimits.maxOn(BodyRegion.SACRUM, List.of(new Caution("NO_AGGRESSIVE_LUMBAR_PRESSURE", "x"))))
			.isEqualTo(3);
		assertThat(PressureLimits.maxOn(BodyRegion.NECK, List.of(new Caution("NO_AGGRESSIVE_LUMBAR_PRESSURE", "x"))))
			.isEqualTo(5);
	}

}
