package org.fascia.charting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fascia.platform.Pure;
import org.fascia.platform.Texts;
import org.fascia.screening.Caution;

/**
 * The pressure limits the client's cautions imply, for the top of the session (from
 * {@link CautionCheck#maxPressure}): per caution, the highest pressure allowed and on which regions, so the
 * therapist sees "at most 3 on Lower back, left, Lower back, right, Sacrum" before starting.
 */
@Pure
public final class PressureLimits {

	private PressureLimits() {
	}

	/**
	 * A limit of one caution: at most {@code max} on these regions ({@code everywhere} when on all); the page words
	 * it ({@code templates/charting/treatment-log.html :: limitLine}).
	 */
	public record Limit(String code, String text, int max, List<BodyRegion> regions, boolean everywhere) {
	}

	public static List<Limit> of(List<Caution> cautions) {
		List<Limit> limits = new ArrayList<>();
		for (Caution caution : cautions) {
			Map<Integer, List<BodyRegion>> byMax = new TreeMap<>();
			for (BodyRegion region : BodyRegion.values()) {
				int max = CautionCheck.maxPressure(caution.code(), region);
				if (max < 5) {
					byMax.computeIfAbsent(max, k -> new ArrayList<>()).add(region);
				}
			}
			byMax.forEach((max, regions) -> limits.add(new Limit(caution.code(), caution.text(), max, List.copyOf(regions),
					regions.size() == BodyRegion.values().length)));
		}
		return limits;
	}

	/**
	 * As {@link #of(List)}, plus the limit {@code REDUCE_INTENSITY} sets against the last session's highest pressure
	 * (its text says how high the last session went, in the words given).
	 */
	public static List<Limit> of(List<Caution> cautions, Integer lastSessionMax, Texts words) {
		List<Limit> limits = new ArrayList<>(of(cautions));
		CautionCheck.reducedLimit(cautions, lastSessionMax).ifPresent(max -> cautions.stream()
			.filter(c -> CautionCheck.REDUCE_INTENSITY.equals(c.code()))
			.findFirst()
			.ifPresent(c -> limits.add(new Limit(c.code(),
					words.text("charting.caution.lastSession", c.text(), String.valueOf(lastSessionMax)), max,
					List.of(BodyRegion.values()), true))));
		return limits;
	}

	/** The lowest limit on a region over all cautions (5 without any). */
	public static int maxOn(BodyRegion region, List<Caution> cautions) {
		return cautions.stream().mapToInt(c -> CautionCheck.maxPressure(c.code(), region)).min().orElse(5);
	}

}
