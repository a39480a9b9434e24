package org.fascia.charting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fascia.platform.Pure;
import org.fascia.platform.Texts;
import org.fascia.screening.Caution;

/**
 * Checks a treatment-log entry against the client's screening cautions (CARE.md, "Treatment log"). An entry
 * is checked at the pressure first used (a "too much" entry was still worked at that pressure before it was
 * reduced). The mapping, kept honest:
 * <ul>
 * <li>{@code NO_DEEP_PRESSURE}, {@code MODERATE_PRESSURE_MAX}: pressure 4–5 refused anywhere.</li>
 * <li>{@code LIGHT_PRESSURE_ONLY}: "light" is 1–2 on the 1 very light … 5 very firm scale, so 3–5 is refused
 * anywhere (stricter than the "4–5", which is the minimum it asks for).</li>
 * <li>Region-specific limits: {@code NO_DEEP_WORK_LEGS_ABDOMEN} (4–5 on legs, hip flexors, abdomen, feet),
 * {@code NO_DEEP_WORK_ON_VEINS} and {@code AVOID_VEINS_AND_DISTAL} (4–5 on legs and feet),
 * {@code NO_AGGRESSIVE_LUMBAR_PRESSURE} (4–5 on lower back and sacrum), {@code GENTLE_PRESSURE_SPINE_RIBS}
 * (4–5 on neck and back), {@code LIGHT_PRESSURE_HANDS_FEET} (3–5 on hands and feet).</li>
 * <li>{@code AVOID_AFFECTED_LIMB}, {@code AVOID_AREA}, {@code AVOID_INCISION},
 * {@code AVOID_TUMOUR_AND_PORT_SITES} name an area the coded regions cannot express (which limb, which
 * scar). Fascia cannot know whether a region is the affected one, so deep work (4–5) is refused on every
 * region while the caution stands, and the message shows the caution so the therapist keeps away from the
 * area itself. Gentle work elsewhere stays possible.</li>
 * <li>{@code NO_SPINAL_MANIPULATION} concerns no technique of the log (massage is not manipulation).</li>
 * <li>{@code REDUCE_INTENSITY} limits relative to the previous session, see
 * {@link #check(TreatmentEntry, List, Integer)}.</li>
 * </ul>
 */
@Pure
public final class CautionCheck {

	private static final Set<BodyRegion.Group> LEGS_ABDOMEN = EnumSet.of(BodyRegion.Group.LEG, BodyRegion.Group.HIP,
			BodyRegion.Group.ABDOMEN);

	static final String REDUCE_INTENSITY = "REDUCE_INTENSITY";

	private CautionCheck() {
	}

	/** A caution the entry breaks, with the message the therapist reads (in the words given). */
	public record Refusal(String code, String text, String message) {
	}

	public static List<Refusal> check(TreatmentEntry entry, List<Caution> cautions, Texts words) {
		var refusals = new ArrayList<Refusal>();
		for (var caution : cautions) {
			int limit = maxPressure(caution.code(), entry.region());
			if (entry.pressure() > limit) {
				refusals.add(new Refusal(caution.code(), caution.text(), words.text("charting.caution.refused",
						String.valueOf(entry.pressure()), entry.region().plainName(), caution.code(), caution.text(),
						String.valueOf(limit))));
			}
		}
		return refusals;
	}

	/**
	 * As {@link #check(TreatmentEntry, List, Texts)}, plus {@code REDUCE_INTENSITY} ("use less pressure than last
	 * time", given when soreness after the last session lasted beyond 36 h): with it, the pressure must stay
	 * below the highest pressure of the client's previous session that has a log ({@code lastSessionMax}; at
	 * least 1 stays possible). Without a previous log there is nothing to compare, and only the caution's text
	 * is shown.
	 */
	public static List<Refusal> check(TreatmentEntry entry, List<Caution> cautions, Integer lastSessionMax,
			Texts words) {
		var refusals = new ArrayList<>(check(entry, cautions, words));
		reducedLimit(cautions, lastSessionMax).ifPresent(limit -> {
			if (entry.pressure() > limit) {
				Caution caution = cautions.stream().filter(c -> REDUCE_INTENSITY.equals(c.code())).findFirst().orElseThrow();
				refusals.add(new Refusal(caution.code(), caution.text(), words.text("charting.caution.refusedAfterLast",
						String.valueOf(entry.pressure()), entry.region().plainName(), caution.code(), caution.text(),
						String.valueOf(lastSessionMax), String.valueOf(limit))));
			}
		});
		return refusals;
	}

	/** The limit {@code REDUCE_INTENSITY} sets everywhere, when it stands and there is a last session to compare. */
	public static java.util.Optional<Integer> reducedLimit(List<Caution> cautions, Integer lastSessionMax) {
		if (lastSessionMax == null || cautions.stream().noneMatch(c -> REDUCE_INTENSITY.equals(c.code()))) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(Math.max(1, lastSessionMax - 1));
	}

	/** The highest pressure a caution allows on a region (5 when it does not limit the region). */
	public static int maxPressure(String code, BodyRegion region) {
		var group = region.group();
		return switch (code) {
			case "NO_DEEP_PRESSURE", "MODERATE_PRESSURE_MAX" -> 3;
			case "LIGHT_PRESSURE_ONLY" -> 2;
			case "AVOID_AFFECTED_LIMB", "AVOID_AREA", "AVOID_INCISION", "AVOID_TUMOUR_AND_PORT_SITES" -> 3;
			case "NO_DEEP_WORK_LEGS_ABDOMEN" -> (LEGS_ABDOMEN.contains(group) || region == BodyRegion.FEET) ? 3 : 5;
			case "NO_DEEP_WORK_ON_VEINS", "AVOID_VEINS_AND_DISTAL" ->
				(group == BodyRegion.Group.LEG || region == BodyRegion.FEET) ? 3 : 5;
			case "NO_AGGRESSIVE_LUMBAR_PRESSURE" -> (group == BodyRegion.Group.LUMBAR) ? 3 : 5;
			case "GENTLE_PRESSURE_SPINE_RIBS" ->
				(group == BodyRegion.Group.SPINE || group == BodyRegion.Group.LUMBAR) ? 3 : 5;
			case "LIGHT_PRESSURE_HANDS_FEET" -> (group == BodyRegion.Group.EXTREMITY) ? 2 : 5;
			default -> 5;
		};
	}

}
