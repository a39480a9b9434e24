package org.fascia.charting;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The drawing behind the body map ({@code templates/charting/body-map.html}): a simple figure seen from the
 * front and from the back, each 200 × 460 units, and one shape per coded {@link BodyRegion} on the view
 * that shows it. Left and right are the client's own: on the front view the client's right side is on the
 * viewer's left, on the back view it is on the viewer's right. Hands and feet are one region each, drawn as
 * one shape of two parts. Templates reach it as the bean {@code @bodyMap}.
 */
@Component("bodyMap")
public class BodyMapDrawing {

	/** A region's shape: an SVG path in the 200 × 460 box of its view. */
	public record Shape(BodyRegion region, String path) {

		public String code() {
			return region.code();
		}

		public String name() {
			return region.plainName();
		}

	}

	/**
	 * The outline of the figure, the same for both views, drawn in this order so each part hides the seam of
	 * the one before: hands and feet, arms and legs, neck, head, then the torso over the tops of them.
	 */
	public static final List<String> FIGURE = List.of(
			// hands and feet (regions on the front view; drawn on the back view too)
			mirrorPair(Paths.HAND), mirrorPair(Paths.FOOT),
			// arms
			mirrorPair("M52,90 C42,94 37,106 36,122 L31,170 L25,240 L40,241 L45,172 L53,128 Z"),
			// legs
			mirrorPair("M59,236 C57,280 63,318 67,345 C65,372 69,404 75,432 L93,432 C93,404 95,372 91,345 "
					+ "C95,318 99,290 99,262 Z"),
			// neck
			"M90,54 L110,54 L111,82 L89,82 Z",
			// head
			"M100,10 C114,10 122,22 122,37 C122,52 113,62 100,62 C87,62 78,52 78,37 C78,22 86,10 100,10 Z",
			// torso, shoulders to hips
			"M89,78 C78,80 64,82 56,88 C48,94 46,106 48,120 L55,152 C58,176 62,196 64,210 C61,222 59,234 59,246 "
					+ "C72,252 86,258 99,262 L101,262 C114,258 128,252 141,246 C141,234 139,222 136,210 "
					+ "C138,196 142,176 145,152 L152,120 C154,106 152,94 144,88 C136,82 122,80 111,78 Z");

	/** Outlines used both by the figure and by a region. */
	private static final class Paths {

		static final String HAND = "M24,242 L40,243 C42,254 40,268 33,276 C27,276 22,266 22,254 Z";

		static final String FOOT = "M74,432 L93,432 L95,446 C88,452 76,452 68,447 Z";

	}

	private static final Map<BodyRegion, String> PATHS = new EnumMap<>(BodyRegion.class);

	static {
		// Front view: the client's right side is on the viewer's left.
		PATHS.put(BodyRegion.ABDOMEN, "M70,152 L130,152 C131,176 132,194 134,212 L66,212 C68,194 69,176 70,152 Z");
		PATHS.put(BodyRegion.HIP_FLEXOR_R, "M66,215 L98,215 L98,258 C86,252 72,243 61,235 C62,228 63,221 66,215 Z");
		PATHS.put(BodyRegion.HIP_FLEXOR_L, mirror(PATHS.get(BodyRegion.HIP_FLEXOR_R)));
		PATHS.put(BodyRegion.QUADRICEPS_R, "M61,239 C72,247 86,256 97,262 C96,290 92,318 89,338 L69,338 C65,312 60,280 61,239 Z");
		PATHS.put(BodyRegion.QUADRICEPS_L, mirror(PATHS.get(BodyRegion.QUADRICEPS_R)));
		PATHS.put(BodyRegion.HANDS, mirrorPair(Paths.HAND));
		PATHS.put(BodyRegion.FEET, mirrorPair(Paths.FOOT));
		// Back view: the client's left side is on the viewer's left.
		PATHS.put(BodyRegion.NECK, "M91,63 L109,63 L110,82 L90,82 Z");
		PATHS.put(BodyRegion.SHOULDER_L, "M87,83 C76,84 63,86 56,91 C49,97 47,107 49,120 L60,121 "
				+ "C60,108 65,99 75,95 L88,91 Z");
		PATHS.put(BodyRegion.SHOULDER_R, mirror(PATHS.get(BodyRegion.SHOULDER_L)));
		PATHS.put(BodyRegion.UPPER_BACK_L, "M88,91 L99,86 L99,138 L57,138 L60,124 C60,110 65,101 75,97 Z");
		PATHS.put(BodyRegion.UPPER_BACK_R, mirror(PATHS.get(BodyRegion.UPPER_BACK_L)));
		PATHS.put(BodyRegion.MID_BACK_L, "M57,141 L99,141 L99,185 L62,185 C60,170 58,155 57,141 Z");
		PATHS.put(BodyRegion.MID_BACK_R, mirror(PATHS.get(BodyRegion.MID_BACK_L)));
		PATHS.put(BodyRegion.LOWER_BACK_L, "M62,188 L99,188 L99,206 L88,221 L64,221 C64,210 63,198 62,188 Z");
		PATHS.put(BodyRegion.LOWER_BACK_R, mirror(PATHS.get(BodyRegion.LOWER_BACK_L)));
		PATHS.put(BodyRegion.SACRUM, "M90,222 L100,209 L110,222 L107,240 L100,250 L93,240 Z");
		PATHS.put(BodyRegion.GLUTEAL_L, "M64,224 L88,224 L91,241 L98,252 L98,264 C86,270 71,267 61,257 "
				+ "C60,245 61,234 64,224 Z");
		PATHS.put(BodyRegion.GLUTEAL_R, mirror(PATHS.get(BodyRegion.GLUTEAL_L)));
		PATHS.put(BodyRegion.HAMSTRINGS_L, "M61,261 C71,270 86,272 97,268 C96,295 92,318 89,338 L69,338 "
				+ "C65,314 61,290 61,261 Z");
		PATHS.put(BodyRegion.HAMSTRINGS_R, mirror(PATHS.get(BodyRegion.HAMSTRINGS_L)));
		PATHS.put(BodyRegion.CALVES_L, "M68,352 L90,352 C93,372 93,396 91,420 L76,420 C70,400 66,374 68,352 Z");
		PATHS.put(BodyRegion.CALVES_R, mirror(PATHS.get(BodyRegion.CALVES_L)));
	}

	/** The figure's outline paths. */
	public List<String> figure() {
		return FIGURE;
	}

	public List<Shape> front() {
		return shapes(BodyRegion.View.FRONT);
	}

	public List<Shape> back() {
		return shapes(BodyRegion.View.BACK);
	}

	/**
	 * The regions of a view, in the order the keyboard visits them: the enum's, except that on the front view
	 * the client's right side comes before their left (it is on the viewer's left), so Tab moves left to right
	 * across the picture on both views.
	 */
	public static List<Shape> shapes(BodyRegion.View view) {
		List<Shape> shapes = new ArrayList<>();
		for (BodyRegion region : BodyRegion.onView(view)) {
			shapes.add(new Shape(region, PATHS.get(region)));
		}
		if (view == BodyRegion.View.FRONT) {
			for (int i = 0; i + 1 < shapes.size(); i++) {
				String code = shapes.get(i).code();
				if (code.endsWith("_L") && shapes.get(i + 1).code().equals(code.substring(0, code.length() - 2) + "_R")) {
					java.util.Collections.swap(shapes, i, i + 1);
					i++;
				}
			}
		}
		return shapes;
	}

	/** The regions of a view as the plain list beside the picture (the same order). */
	public List<BodyRegion> listed(String view) {
		return BodyRegion.onView(BodyRegion.View.valueOf(view));
	}

	/** The regions of a view that are among the marked codes, in list order. */
	public List<BodyRegion> marked(String view, java.util.Collection<String> codes) {
		return listed(view).stream().filter(r -> codes != null && codes.contains(r.code())).toList();
	}

	/** The path mirrored about the figure's middle (x = 100). */
	static String mirror(String path) {
		StringBuilder out = new StringBuilder();
		for (String token : path.split(" ")) {
			int comma = token.indexOf(',');
			if (comma < 0) {
				out.append(token);
			}
			else {
				int start = Character.isLetter(token.charAt(0)) ? 1 : 0;
				String command = token.substring(0, start);
				double x = Double.parseDouble(token.substring(start, comma));
				out.append(command).append(format(200 - x)).append(token.substring(comma));
			}
			out.append(' ');
		}
		return out.toString().strip();
	}

	/** The path and its mirror image as one path of two parts. */
	static String mirrorPair(String path) {
		return path + " " + mirror(path);
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
