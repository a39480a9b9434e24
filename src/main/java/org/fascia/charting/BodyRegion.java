package org.fascia.charting;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The coded body regions of CARE.md ("Session record"). Notes and logs store the code, so regions can be
 * counted and charted; the plain name is what people read. {@link View} says on which picture of the body
 * map the region is drawn (the back regions on the back view, the rest on the front; hands and feet on
 * both are drawn once, on the front).
 */
public enum BodyRegion {

	NECK("Neck", View.BACK, Group.SPINE),
	SHOULDER_L("Left shoulder", View.BACK, Group.UPPER),
	SHOULDER_R("Right shoulder", View.BACK, Group.UPPER),
	UPPER_BACK_L("Upper back, left", View.BACK, Group.SPINE),
	UPPER_BACK_R("Upper back, right", View.BACK, Group.SPINE),
	MID_BACK_L("Mid back, left", View.BACK, Group.SPINE),
	MID_BACK_R("Mid back, right", View.BACK, Group.SPINE),
	LOWER_BACK_L("Lower back, left", View.BACK, Group.LUMBAR),
	LOWER_BACK_R("Lower back, right", View.BACK, Group.LUMBAR),
	SACRUM("Sacrum", View.BACK, Group.LUMBAR),
	GLUTEAL_L("Gluteal, left", View.BACK, Group.HIP),
	GLUTEAL_R("Gluteal, right", View.BACK, Group.HIP),
	HAMSTRINGS_L("Hamstrings, left", View.BACK, Group.LEG),
	HAMSTRINGS_R("Hamstrings, right", View.BACK, Group.LEG),
	CALVES_L("Calf, left", View.BACK, Group.LEG),
	CALVES_R("Calf, right", View.BACK, Group.LEG),
	ABDOMEN("Abdomen", View.FRONT, Group.ABDOMEN),
	HIP_FLEXOR_L("Hip flexor (iliopsoas), left", View.FRONT, Group.HIP),
	HIP_FLEXOR_R("Hip flexor (iliopsoas), right", View.FRONT, Group.HIP),
	QUADRICEPS_L("Quadriceps, left", View.FRONT, Group.LEG),
	QUADRICEPS_R("Quadriceps, right", View.FRONT, Group.LEG),
	HANDS("Hands", View.FRONT, Group.EXTREMITY),
	FEET("Feet", View.FRONT, Group.EXTREMITY);

	/** Which picture of the body map shows the region. */
	public enum View {
		FRONT, BACK
	}

	/** A coarse grouping the caution checker uses to map region-specific cautions. */
	public enum Group {
		SPINE, UPPER, LUMBAR, HIP, LEG, ABDOMEN, EXTREMITY
	}

	private final String plainName;

	private final View view;

	private final Group group;

	BodyRegion(String plainName, View view, Group group) {
		this.plainName = plainName;
		this.view = view;
		this.group = group;
	}

	public String code() {
		return name();
	}

	/** The English name; pages read the name from the bundle by {@link #wordsKey()}. */
	public String plainName() {
		return this.plainName;
	}

	/** The key of the region's name in messages.properties ({@code charting.region.LOWER_BACK_L}). */
	public String wordsKey() {
		return "charting.region." + name();
	}

	public View view() {
		return this.view;
	}

	public Group group() {
		return this.group;
	}

	public static Optional<BodyRegion> ofCode(String code) {
		return Arrays.stream(values()).filter((r) -> r.name().equals(code)).findFirst();
	}

	public static List<BodyRegion> onView(View view) {
		return Arrays.stream(values()).filter((r) -> r.view == view).toList();
	}

}
