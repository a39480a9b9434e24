package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fascia.screening.Caution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each caution × pressure (and region where the caution is region-specific): allowed or refused. */
class CautionCheckTest {

	@ParameterizedTest(name = "{0} on {1} at {2} -> allowed={3}")
	@CsvSource({
		// whole-body pressure limits
		"NO_DEEP_PRESSURE, LOWER_BACK_L, 1, true", "NO_DEEP_PRESSURE, LOWER_BACK_L, 2, true",
		"NO_DEEP_PRESSURE, LOWER_BACK_L, 3, true", "NO_DEEP_PRESSURE, LOWER_BACK_L, 4, false",
		"NO_DEEP_PRESSURE, NECK, 5, false",
		"LIGHT_PRESSURE_ONLY, NECK, 1, true", "LIGHT_PRESSURE_ONLY, NECK, 2, true",
		"LIGHT_PRESSURE_ONLY, NECK, 3, false", "LIGHT_PRESSURE_ONLY, NECK, 4, false",
		"LIGHT_PRESSURE_ONLY, CALVES_R, 5, false",
		"MODERATE_PRESSURE_MAX, GLUTEAL_L, 3, true", "MODERATE_PRESSURE_MAX, GLUTEAL_L, 4, false",
		"MODERATE_PRESSURE_MAX, GLUTEAL_L, 5, false",
		// areas the regions cannot name: deep work refused everywhere, gentle work allowed
		"AVOID_AFFECTED_LIMB, CALVES_L, 3, true", "AVOID_AFFECTED_LIMB, CALVES_L, 4, false",
		"AVOID_AFFECTED_LIMB, NECK, 5, false", "AVOID_AREA, SHOULDER_R, 3, true", "AVOID_AREA, SHOULDER_R, 4, false",
		"AVOID_INCISION, ABDOMEN, 2, true", "AVOID_INCISION, ABDOMEN, 4, false",
		"AVOID_TUMOUR_AND_PORT_SITES, UPPER_BACK_L, 4, false",
		// region-specific limits
		"NO_DEEP_WORK_LEGS_ABDOMEN, HAMSTRINGS_L, 4, false", "NO_DEEP_WORK_LEGS_ABDOMEN, ABDOMEN, 5, false",
		"NO_DEEP_WORK_LEGS_ABDOMEN, HIP_FLEXOR_R, 4, false", "NO_DEEP_WORK_LEGS_ABDOMEN, FEET, 4, false",
		"NO_DEEP_WORK_LEGS_ABDOMEN, HAMSTRINGS_L, 3, true", "NO_DEEP_WORK_LEGS_ABDOMEN, UPPER_BACK_R, 5, true",
		"NO_DEEP_WORK_ON_VEINS, CALVES_R, 4, false", "NO_DEEP_WORK_ON_VEINS, NECK, 5, true",
		"AVOID_VEINS_AND_DISTAL, QUADRICEPS_L, 5, false", "AVOID_VEINS_AND_DISTAL, SHOULDER_L, 5, true",
		"NO_AGGRESSIVE_LUMBAR_PRESSURE, LOWER_BACK_R, 4, false", "NO_AGGRESSIVE_LUMBAR_PRESSURE, SACRUM, 4, false",
		"NO_AGGRESSIVE_LUMBAR_PRESSURE, LOWER_BACK_R, 3, true", "NO_AGGRESSIVE_LUMBAR_PRESSURE, CALVES_L, 5, true",
		"GENTLE_PRESSURE_SPINE_RIBS, MID_BACK_L, 4, false", "GENTLE_PRESSURE_SPINE_RIBS, NECK, 4, false",
		"GENTLE_PRESSURE_SPINE_RIBS, QUADRICEPS_R, 5, true",
		"LIGHT_PRESSURE_HANDS_FEET, HANDS, 3, false", "LIGHT_PRESSURE_HANDS_FEET, FEET, 2, true",
		"LIGHT_PRESSURE_HANDS_FEET, GLUTEAL_R, 5, true",
		// no limit on the log
		"NO_SPINAL_MANIPULATION, LOWER_BACK_L, 5, true" })
	void eachCautionAgainstPressure(String code, BodyRegion region, int pressure, boolean allowed) {
		var entry = new TreatmentEntry(region, Technique.DEEP_TISSUE, pressure, Comfort.COMFORTABLE, null);
		var refusals = CautionCheck.check(entry, List.of(new Caution(code, "Text of " + code)), org.fascia.platform.Words.standalone());
		assertThat(refusals.isEmpty()).isEqualTo(allowed);
		if (!allowed) {
			assertThat(refusals.get(0).code()).isEqualTo(code);
			assertThat(refusals.get(0).message()).contains(code).contains("Text of " + code)
				.contains(region.plainName());
		}
	}

	@Test
	void everyPressureIsAllowedWithoutCautionsAndEveryBreachIsNamed() {
		for (var region : BodyRegion.values()) {
			for (int p = 1; p <= 5; p++) {
				assertThat(CautionCheck.check(new TreatmentEntry(region, Technique.SWEDISH, p, Comfort.COMFORTABLE, null),
						List.of(), org.fascia.platform.Words.standalone())).isEmpty();
			}
		}
		var two = CautionCheck.check(
				new TreatmentEntry(BodyRegion.LOWER_BACK_L, Technique.DEEP_TISSUE, 5, Comfort.TOO_MUCH, 2),
				List.of(new Caution("NO_DEEP_PRESSURE", "gentle"), new Caution("NO_AGGRESSIVE_LUMBAR_PRESSURE", "lumbar")), org.fascia.platform.Words.standalone());
		assertThat(two).extracting(CautionCheck.Refusal::code)
			.containsExactly("NO_DEEP_PRESSURE", "NO_AGGRESSIVE_LUMBAR_PRESSURE");
	}

	@ParameterizedTest(name = "REDUCE_INTENSITY, last session up to {0}, pressure {1} -> refused {2}")
	@CsvSource({ "4, 3, false", "4, 4, true", "4, 5, true", "5, 4, false", "2, 1, false", "2, 2, true", "1, 1, false",
			"1, 2, true", ", 5, false" })
	void reduceIntensityStaysBelowTheLastSession(Integer lastMax, int pressure, boolean refused) {
		List<Caution> cautions = List.of(new Caution("REDUCE_INTENSITY", "Use less pressure than last time."));
		TreatmentEntry entry = new TreatmentEntry(BodyRegion.GLUTEAL_L, Technique.DEEP_TISSUE, pressure, Comfort.COMFORTABLE,
				null);
		assertThat(CautionCheck.check(entry, cautions, lastMax, org.fascia.platform.Words.standalone())).as("refused").hasSize(refused ? 1 : 0);
		assertThat(CautionCheck.check(entry, List.of(), lastMax, org.fascia.platform.Words.standalone())).as("without the caution nothing").isEmpty();
	}

}
