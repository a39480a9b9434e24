package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every coded region has exactly one shape, on its own view, inside the figure's box. */
class BodyMapDrawingTest {

	private static final Pattern POINT = Pattern.compile("(-?\\d+(?:\\.\\d+)?),(-?\\d+(?:\\.\\d+)?)");

	@Test
	void everyRegionHasExactlyOneShapeOnItsView() {
		List<BodyRegion> drawn = new ArrayList<>();
		for (BodyRegion.View view : BodyRegion.View.values()) {
			for (BodyMapDrawing.Shape shape : BodyMapDrawing.shapes(view)) {
				assertThat(shape.region().view()).as(shape.code()).isEqualTo(view);
				assertThat(shape.path()).as(shape.code()).startsWith("M").endsWith("Z");
				drawn.add(shape.region());
			}
		}
		assertThat(drawn).containsExactlyInAnyOrder(BodyRegion.values());
	}

	@Test
	void theKeyboardVisitsEachViewFromTheViewersLeftToRight() {
		assertThat(BodyMapDrawing.shapes(BodyRegion.View.FRONT)).extracting(BodyMapDrawing.Shape::code)
			.containsSubsequence("HIP_FLEXOR_R", "HIP_FLEXOR_L", "QUADRICEPS_R", "QUADRICEPS_L");
		assertThat(BodyMapDrawing.shapes(BodyRegion.View.BACK)).extracting(BodyMapDrawing.Shape::code)
			.containsSubsequence("NECK", "SHOULDER_L", "SHOULDER_R", "UPPER_BACK_L", "UPPER_BACK_R");
	}

	@Test
	void shapesStayInsideTheFiguresBox() {
		for (BodyRegion.View view : BodyRegion.View.values()) {
			for (BodyMapDrawing.Shape shape : BodyMapDrawing.shapes(view)) {
				Matcher m = POINT.matcher(shape.path());
				int points = 0;
				while (m.find()) {
					points++;
					assertThat(Double.parseDouble(m.group(1))).as(shape.code()).isBetween(0.0, 200.0);
					assertThat(Double.parseDouble(m.group(2))).as(shape.code()).isBetween(0.0, 460.0);
				}
				assertThat(points).as(shape.code()).isGreaterThanOrEqualTo(3);
			}
		}
	}

	@Test
	void leftAndRightAreMirrorImagesOnTheClientsOwnSides() {
		assertThat(BodyMapDrawing.mirror("M60,10 C40,20 50.5,30 100,40 Z")).isEqualTo("M140,10 C160,20 149.5,30 100,40 Z");
		// Back view: the client's left is on the viewer's left (x < 100); front view: the client's right is.
		assertThat(meanX(BodyRegion.LOWER_BACK_L)).isLessThan(100);
		assertThat(meanX(BodyRegion.LOWER_BACK_R)).isGreaterThan(100);
		assertThat(meanX(BodyRegion.QUADRICEPS_R)).isLessThan(100);
		assertThat(meanX(BodyRegion.QUADRICEPS_L)).isGreaterThan(100);
		// Hands and feet: one shape of two parts, one each side.
		assertThat(path(BodyRegion.HANDS).chars().filter(c -> c == 'M').count()).isEqualTo(2);
		assertThat(path(BodyRegion.FEET).chars().filter(c -> c == 'M').count()).isEqualTo(2);
	}

	private static String path(BodyRegion region) {
		return BodyMapDrawing.shapes(region.view()).stream().filter(s -> s.region() == region).findFirst().orElseThrow()
			.path();
	}

	private static double meanX(BodyRegion region) {
		Matcher m = POINT.matcher(path(region));
		double sum = 0;
		int n = 0;
		while (m.find()) {
			sum += Double.parseDouble(m.group(1));
			n++;
		}
		return sum / n;
	}

}
