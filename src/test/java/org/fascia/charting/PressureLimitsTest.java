package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fascia.screening.Caution;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the top of the session shows agrees with what the log refuses: for every caution of the screening
 * rules, every region and every pressure, an entry is refused exactly when its pressure is above the limit
 * shown for that region.
 */
class PressureLimitsTest {

	static List<Caution> everyCaution() throws Exception {
		JsonNode rules = JsonMapper.builder().build()
			.readTree(Files.readString(Path.of("src/main/resources/screening/rules.json")));
		List<Caution> cautions = new ArrayList<>();
		rules.get("cautions").properties().forEach(e -> cautions.add(new Caution(e.getKey(), "text")));
		return cautions;
	}

	@Test
	void theLimitsShownAreExactlyTheOnesTheLogEnforces() throws Exception {
		List<Caution> all = everyCaution();
		assertThat(all).hasSizeGreaterThan(20);
		for (Caution caution : all) {
			List<PressureLimits.Limit> limits = PressureLimits.of(List.of(caution));
			for (BodyRegion region : BodyRegion.values()) {
				int shown = limits.stream().filter(l -> l.regions().contains(region)).mapToInt(PressureLimits.Limit::max)
					.min().orElse(5);
				for (int pressure = 1; pressure <= 5; pressure++) {
					boolean refused = !CautionCheck
						.check(new TreatmentEntry(region, Technique.DEEP_TISSUE, pressure, Comfort.COMFORTABLE, null),
								List.of(caution), org.fascia.platform.Words.standalone())
						.isEmpty();
					assertThat(refused).as("%s on %s at %d (limit shown %d)", caution.code(), region, pressure, shown)
						.isEqualTo(pressure > shown);
				}
			}
		}
		// Together: the lowest limit wins.
		List<Caution> two = List.of(new Caution("NO_AGGRESSIVE_LUMBAR_PRESSURE", "t"), new Caution("LIGHT_PRESSURE_ONLY", "t"));
		assertThat(PressureLimits.maxOn(BodyRegion.SACRUM, two)).isEqualTo(2);
		assertThat(PressureLimits.maxOn(BodyRegion.NECK, two)).isEqualTo(2);
	}

}
