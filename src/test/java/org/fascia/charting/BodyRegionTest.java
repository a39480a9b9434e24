package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The coded regions are exactly those of CARE.md, each with a plain name and a view. */
class BodyRegionTest {

	@Test
	void theRegionsOfCareMd() {
		assertThat(Arrays.stream(BodyRegion.values()).map(BodyRegion::code)).containsExactlyInAnyOrder("NECK",
				"UPPER_BACK_L", "UPPER_BACK_R", "MID_BACK_L", "MID_BACK_R", "LOWER_BACK_L", "LOWER_BACK_R", "SACRUM",
				"GLUTEAL_L", "GLUTEAL_R", "HIP_FLEXOR_L", "HIP_FLEXOR_R", "HAMSTRINGS_L", "HAMSTRINGS_R",
				"QUADRICEPS_L", "QUADRICEPS_R", "CALVES_L", "CALVES_R", "SHOULDER_L", "SHOULDER_R", "ABDOMEN", "FEET",
				"HANDS");
		for (var region : BodyRegion.values()) {
			assertThat(region.plainName()).isNotBlank().doesNotContain("_");
			assertThat(BodyRegion.ofCode(region.code())).contains(region);
		}
		assertThat(BodyRegion.ofCode("ELBOW")).isEmpty();
		assertThat(BodyRegion.onView(BodyRegion.View.FRONT).size() + BodyRegion.onView(BodyRegion.View.BACK).size())
			.isEqualTo(BodyRegion.values().length);
	}

}
