package org.fascia.outcomes;

import static org.fascia.outcomes.OutcomeChartScale.BOTTOM;
import static org.fascia.outcomes.OutcomeChartScale.LEFT;
import static org.fascia.outcomes.OutcomeChartScale.RIGHT;
import static org.fascia.outcomes.OutcomeChartScale.TOP;
import static org.fascia.outcomes.OutcomeChartScale.WIDTH;
import static org.fascia.outcomes.OutcomeChartCanvas.n;
import static org.fascia.outcomes.OutcomeChartText.number;
import static org.fascia.outcomes.OutcomeChartText.xml;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fascia.outcomes.OutcomeChart.AdherenceWeek;
import org.fascia.outcomes.OutcomeChart.Data;
import org.fascia.outcomes.OutcomeChart.Score;
import org.fascia.platform.Pure;
import org.fascia.platform.Texts;

/**
 * Draws one chart as SVG text, back to front: zones, grid, baseline, scores, then the time axis with the
 * sessions, the weekly self-care bars and the legend. Only classes and presentation attributes, never a
 * {@code style} attribute (the CSP forbids inline styles), written by {@link OutcomeChartCanvas}, which escapes every text.
 */
@Pure
final class OutcomeChartSvg {

	static final double SESSION_TOP = BOTTOM + 3;

	static final double ADHERENCE_TOP = BOTTOM + 80;

	static final double ADHERENCE_HEIGHT = 24;

	private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private final Data data;

	private final String id;

	private final Texts words;

	private final OutcomeChartScale scale;

	private final OutcomeChartLegend legend = new OutcomeChartLegend();

	private final OutcomeChartCanvas out = new OutcomeChartCanvas();

	OutcomeChartSvg(Data data, String id, Texts words) {
		this.data = data;
		this.id = id;
		this.words = words;
		this.scale = new OutcomeChartScale(data);
	}

	String render() {
		drawHeading();
		drawZones();
		drawGrid();
		drawBaseline();
		drawScores();
		drawSessions();
		drawDates();
		double cursor = data.adherence().isEmpty() ? BOTTOM + 58 : drawAdherence();
		double height = legend.draw(out, cursor, words);
		StringBuilder svg = new StringBuilder(8192);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"oc-chart\" viewBox=\"0 0 ")
			.append(n(WIDTH)).append(' ').append(n(height)).append("\" role=\"img\" aria-labelledby=\"").append(id)
			.append("-title\" aria-describedby=\"").append(id).append("-desc\" focusable=\"false\">")
			.append("<title id=\"").append(id).append("-title\">").append(xml(words.text("outcomes.chart.svg.title", data.measure())))
			.append("</title><desc id=\"").append(id).append("-desc\">").append(xml(OutcomeChartDescription.of(data, words)))
			.append("</desc>").append(out).append("</svg>");
		return svg.toString();
	}

	private void drawHeading() {
		String min = String.valueOf(data.min());
		String max = String.valueOf(data.max());
		String scaleText = data.lowerIsBetter() ? words.text("outcomes.chart.svg.scaleLower", min, max)
				: words.text("outcomes.chart.svg.scaleHigher", min, max);
		out.text("oc-heading", 4, 18, "start", data.measure());
		out.text("oc-scale", 4, 36, "start", scaleText);
	}

	/** The MCID band, then the zones where the measure cannot show change over it, then the band's label. */
	private void drawZones() {
		Double baseline = data.baselineScore();
		Double target = baseline == null ? null : OutcomeChartText.target(data, baseline);
		double top = 0;
		double bottom = 0;
		if (target != null) {
			top = scale.y(data.lowerIsBetter() ? target : data.max());
			bottom = scale.y(data.lowerIsBetter() ? data.min() : target);
			out.rect("oc-band", LEFT, top, RIGHT - LEFT, bottom - top);
			out.line("oc-band-edge", LEFT, scale.y(target), RIGHT, scale.y(target));
			legend.add(OutcomeChartLegend.Item.BAND);
		}
		double clearBottom = bottom;
		double clearTop = top;
		if (data.insensitive() != null) {
			double below = data.insensitive().below();
			double above = data.insensitive().above();
			if (below > data.min()) {
				zone(data.min(), below, words.text("outcomes.chart.svg.insensitiveBelow", number(below)), false);
				clearBottom = Math.min(bottom, scale.y(below));
			}
			if (above < data.max()) {
				zone(above, data.max(), words.text("outcomes.chart.svg.insensitiveAbove", number(above)), true);
				clearTop = Math.max(top, scale.y(above));
			}
			legend.add(OutcomeChartLegend.Item.INSENSITIVE);
		}
		if (target != null && clearBottom - clearTop >= 22) {
			// at the better end of the band, clear of the insensitive zones' own labels
			double labelY = data.lowerIsBetter() ? clearBottom - 8 : clearTop + 17;
			out.text("oc-band-label", LEFT + 6, labelY, "start",
					data.lowerIsBetter() ? words.text("outcomes.chart.svg.bandLower", number(target))
							: words.text("outcomes.chart.svg.bandHigher", number(target)));
		}
	}

	private void zone(double lo, double hi, String label, boolean upper) {
		double top = scale.y(hi);
		double bottom = scale.y(lo);
		out.rect("oc-insensitive", LEFT, top, RIGHT - LEFT, bottom - top);
		if (bottom - top >= 14) {
			out.text("oc-zone-label", RIGHT - 6, upper ? top + 12 : bottom - 4, "end", label);
		}
	}

	private void drawGrid() {
		for (int tick : scale.scoreTicks()) {
			double y = scale.y(tick);
			out.line("oc-grid", LEFT, y, RIGHT, y);
			out.text("oc-tick-label", LEFT - 7, y + 5, "end", Integer.toString(tick));
		}
		out.line("oc-axis", LEFT, TOP, LEFT, BOTTOM);
		out.line("oc-axis", LEFT, BOTTOM, RIGHT, BOTTOM);
	}

	private void drawBaseline() {
		Double baseline = data.baselineScore();
		if (baseline == null) {
			return;
		}
		double y = scale.y(baseline);
		out.dashed("oc-baseline", LEFT, y, RIGHT, y);
		String label = words.text("outcomes.chart.svg.baseline", number(baseline));
		boolean roomAbove = y - 18 >= TOP && !scoreLabelNear(RIGHT - 4 - label.length() * 8.5, y - 12);
		boolean roomBelow = y + 17 <= BOTTOM - 2;
		out.text("oc-baseline-label", RIGHT - 4, roomAbove || !roomBelow ? y - 6 : y + 17, "end", label);
		legend.add(OutcomeChartLegend.Item.BASELINE);
	}

	/** Whether a score's value label (drawn just above its point) would overlap text from x rightwards at y. */
	private boolean scoreLabelNear(double fromX, double textY) {
		return data.scores()
			.stream()
			.anyMatch(score -> scale.x(score.at()) >= fromX - 12 && Math.abs(scale.y(score.value()) - 10 - textY) < 18);
	}

	private void drawScores() {
		legend.add(OutcomeChartLegend.Item.SCORE);
		if (data.scores().isEmpty()) {
			out.text("oc-empty", (LEFT + RIGHT) / 2, (TOP + BOTTOM) / 2, "middle", words.text("outcomes.chart.svg.none"));
			return;
		}
		List<Double> xs = new ArrayList<>();
		data.scores().forEach(score -> xs.add(scale.x(score.at())));
		if (data.scores().size() > 1) {
			out.polyline("oc-line", xs.stream().mapToDouble(Double::doubleValue).toArray(),
					data.scores().stream().mapToDouble(score -> scale.y(score.value())).toArray());
		}
		List<Integer> labelled = OutcomeChartScale.thin(xs, 22);
		for (int i = 0; i < data.scores().size(); i++) {
			Score score = data.scores().get(i);
			double x = xs.get(i);
			double y = scale.y(score.value());
			out.circle("oc-point", x, y, words.text("outcomes.chart.svg.point", OutcomeChartText.DAY.format(date(score.at())),
					number(score.value())));
			if (labelled.contains(i)) {
				out.text("oc-value", x, y - 10 < TOP + 4 ? y + 19 : y - 10, "middle", number(score.value()));
			}
		}
	}

	private void drawSessions() {
		for (Instant at : data.sessions()) {
			out.triangle("oc-session", scale.x(at), SESSION_TOP,
					words.text("outcomes.chart.svg.session", OutcomeChartText.DAY.format(date(at))));
		}
		if (!data.sessions().isEmpty()) {
			legend.add(OutcomeChartLegend.Item.SESSION);
		}
	}

	private void drawDates() {
		List<Score> firsts = scale.firstScorePerDate();
		List<Double> xs = new ArrayList<>();
		firsts.forEach(score -> xs.add(scale.x(score.at())));
		Integer shownYear = null;
		for (int i : OutcomeChartScale.thin(xs, OutcomeChartScale.LABEL_GAP)) {
			LocalDate date = date(firsts.get(i).at());
			double x = xs.get(i);
			out.line("oc-date-tick", x, BOTTOM, x, BOTTOM + 14);
			out.text("oc-date", x, BOTTOM + 30, "middle", TICK.format(date));
			if (shownYear == null || shownYear != date.getYear()) {
				out.text("oc-year", x, BOTTOM + 46, "middle", Integer.toString(date.getYear()));
				shownYear = date.getYear();
			}
		}
	}

	/** Weekly bars under the axis; returns where the legend starts. */
	private double drawAdherence() {
		out.text("oc-strip-label", LEFT, ADHERENCE_TOP - 8, "start", words.text("outcomes.chart.svg.adherence"));
		for (AdherenceWeek week : data.adherence()) {
			String percent = String.valueOf(week.percent());
			double x0 = scale.x(week.weekStart()) + 1.5;
			double x1 = scale.x(week.weekStart().plusDays(7)) - 1.5;
			double width = Math.max(1, x1 - x0);
			double height = ADHERENCE_HEIGHT * week.percent() / 100.0;
			out.rect("oc-adherence-track", x0, ADHERENCE_TOP, width, ADHERENCE_HEIGHT);
			out.rect("oc-adherence", x0, ADHERENCE_TOP + ADHERENCE_HEIGHT - height, width, height,
					words.text("outcomes.chart.svg.week", OutcomeChartText.DAY.format(week.weekStart()), percent));
			if (width >= 34) {
				out.text("oc-adherence-label", (x0 + x1) / 2, ADHERENCE_TOP + ADHERENCE_HEIGHT + 15, "middle",
						words.text("outcomes.chart.percent", percent));
			}
		}
		legend.add(OutcomeChartLegend.Item.ADHERENCE);
		return ADHERENCE_TOP + ADHERENCE_HEIGHT + 28;
	}

	private LocalDate date(Instant at) {
		return OutcomeChartText.date(data, at);
	}

}
