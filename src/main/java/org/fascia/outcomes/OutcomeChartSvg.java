package org.fascia.outcomes;

import static org.fascia.outcomes.OutcomeChartScale.BOTTOM;
import static org.fascia.outcomes.OutcomeChartScale.LEFT;
import static org.fascia.outcomes.OutcomeChartScale.RIGHT;
import static org.fascia.outcomes.OutcomeChartScale.TOP;
import static org.fascia.outcomes.OutcomeChartScale.WIDTH;
import static org.fascia.outcomes.OutcomeChartText.number;
import static org.fascia.outcomes.OutcomeChartText.xml;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

/**
 * Draws one chart as SVG text, back to front: zones, grid, baseline, scores, then the time axis with the
 * sessions, the weekly self-care bars and the legend. Only classes and presentation attributes, never a
 * {@code style} attribute (the CSP forbids inline styles); every text goes through {@link OutcomeChartText#xml}.
 */
@Pure
final class OutcomeChartSvg {

	static final double SESSION_TOP = BOTTOM + 3;

	static final double ADHERENCE_TOP = BOTTOM + 80;

	static final double ADHERENCE_HEIGHT = 24;

	private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private final Data data;

	private final String id;

	private final OutcomeChartScale scale;

	private final OutcomeChartLegend legend = new OutcomeChartLegend();

	private final StringBuilder out = new StringBuilder(8192);

	OutcomeChartSvg(Data data, String id) {
		this.data = data;
		this.id = id;
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
		double height = legend.draw(out, cursor);
		StringBuilder svg = new StringBuilder(out.length() + 1024);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"oc-chart\" viewBox=\"0 0 ")
			.append(n(WIDTH)).append(' ').append(n(height)).append("\" role=\"img\" aria-labelledby=\"").append(id)
			.append("-title\" aria-describedby=\"").append(id).append("-desc\" focusable=\"false\">")
			.append("<title id=\"").append(id).append("-title\">").append(xml(data.measure() + " over time"))
			.append("</title><desc id=\"").append(id).append("-desc\">").append(xml(OutcomeChartDescription.of(data)))
			.append("</desc>").append(out).append("</svg>");
		return svg.toString();
	}

	private void drawHeading() {
		String scaleText = "Scale " + data.min() + "\u2013" + data.max() + ", " + (data.lowerIsBetter() ? "lower" : "higher")
				+ " is better";
		text("oc-heading", 4, 18, "start", data.measure());
		text("oc-scale", 4, 36, "start", scaleText);
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
			out.append("<rect class=\"oc-band\" x=\"").append(n(LEFT)).append("\" y=\"").append(n(top))
				.append("\" width=\"").append(n(RIGHT - LEFT)).append("\" height=\"").append(n(bottom - top))
				.append("\"/>");
			double edge = scale.y(target);
			out.append("<line class=\"oc-band-edge\" x1=\"").append(n(LEFT)).append("\" x2=\"").append(n(RIGHT))
				.append("\" y1=\"").append(n(edge)).append("\" y2=\"").append(n(edge)).append("\"/>");
			legend.add(OutcomeChartLegend.Item.BAND);
		}
		double clearBottom = bottom;
		double clearTop = top;
		if (data.insensitive() != null) {
			double below = data.insensitive().below();
			double above = data.insensitive().above();
			if (below > data.min()) {
				zone(data.min(), below, "Insensitive to change below " + number(below), false);
				clearBottom = Math.min(bottom, scale.y(below));
			}
			if (above < data.max()) {
				zone(above, data.max(), "Insensitive to change above " + number(above), true);
				clearTop = Math.max(top, scale.y(above));
			}
			legend.add(OutcomeChartLegend.Item.INSENSITIVE);
		}
		if (target != null && clearBottom - clearTop >= 22) {
			// at the better end of the band, clear of the insensitive zones' own labels
			double labelY = data.lowerIsBetter() ? clearBottom - 8 : clearTop + 17;
			text("oc-band-label", LEFT + 6, labelY, "start", "Meaningful improvement: " + number(target)
					+ (data.lowerIsBetter() ? " or lower" : " or higher"));
		}
	}

	private void zone(double lo, double hi, String label, boolean upper) {
		double top = scale.y(hi);
		double bottom = scale.y(lo);
		out.append("<rect class=\"oc-insensitive\" x=\"").append(n(LEFT)).append("\" y=\"").append(n(top))
			.append("\" width=\"").append(n(RIGHT - LEFT)).append("\" height=\"").append(n(bottom - top))
			.append("\"/>");
		if (bottom - top >= 14) {
			text("oc-zone-label", RIGHT - 6, upper ? top + 12 : bottom - 4, "end", label);
		}
	}

	private void drawGrid() {
		for (int tick : scale.scoreTicks()) {
			double y = scale.y(tick);
			out.append("<line class=\"oc-grid\" x1=\"").append(n(LEFT)).append("\" x2=\"").append(n(RIGHT))
				.append("\" y1=\"").append(n(y)).append("\" y2=\"").append(n(y)).append("\"/>");
			text("oc-tick-label", LEFT - 7, y + 5, "end", Integer.toString(tick));
		}
		out.append("<line class=\"oc-axis\" x1=\"").append(n(LEFT)).append("\" x2=\"").append(n(LEFT))
			.append("\" y1=\"").append(n(TOP)).append("\" y2=\"").append(n(BOTTOM)).append("\"/>");
		out.append("<line class=\"oc-axis\" x1=\"").append(n(LEFT)).append("\" x2=\"").append(n(RIGHT))
			.append("\" y1=\"").append(n(BOTTOM)).append("\" y2=\"").append(n(BOTTOM)).append("\"/>");
	}

	private void drawBaseline() {
		Double baseline = data.baselineScore();
		if (baseline == null) {
			return;
		}
		double y = scale.y(baseline);
		out.append("<line class=\"oc-baseline\" x1=\"").append(n(LEFT)).append("\" x2=\"").append(n(RIGHT))
			.append("\" y1=\"").append(n(y)).append("\" y2=\"").append(n(y)).append("\" stroke-dasharray=\"6 4\"/>");
		double labelY = y - 18 < TOP ? y + 17 : y - 6;
		text("oc-baseline-label", RIGHT - 4, labelY, "end", "Baseline " + number(baseline));
		legend.add(OutcomeChartLegend.Item.BASELINE);
	}

	private void drawScores() {
		legend.add(OutcomeChartLegend.Item.SCORE);
		if (data.scores().isEmpty()) {
			text("oc-empty", (LEFT + RIGHT) / 2, (TOP + BOTTOM) / 2, "middle", "No scores yet");
			return;
		}
		if (data.scores().size() > 1) {
			out.append("<polyline class=\"oc-line\" fill=\"none\" points=\"");
			for (Score score : data.scores()) {
				out.append(n(scale.x(score.at()))).append(',').append(n(scale.y(score.value()))).append(' ');
			}
			out.setLength(out.length() - 1);
			out.append("\"/>");
		}
		List<Double> xs = new ArrayList<>();
		data.scores().forEach(score -> xs.add(scale.x(score.at())));
		List<Integer> labelled = OutcomeChartScale.thin(xs, 22);
		for (int i = 0; i < data.scores().size(); i++) {
			Score score = data.scores().get(i);
			double x = xs.get(i);
			double y = scale.y(score.value());
			out.append("<circle class=\"oc-point\" cx=\"").append(n(x)).append("\" cy=\"").append(n(y))
				.append("\" r=\"4.5\"><title>").append(xml(OutcomeChartText.DAY.format(date(score.at())) + ": "
						+ number(score.value())))
				.append("</title></circle>");
			if (labelled.contains(i)) {
				text("oc-value", x, y - 10 < TOP + 4 ? y + 19 : y - 10, "middle", number(score.value()));
			}
		}
	}

	private void drawSessions() {
		for (Instant at : data.sessions()) {
			double x = scale.x(at);
			out.append("<path class=\"oc-session\" d=\"M").append(n(x)).append(' ').append(n(SESSION_TOP))
				.append(" l5 9 h-10 z\"><title>").append(xml("Session " + OutcomeChartText.DAY.format(date(at))))
				.append("</title></path>");
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
			out.append("<line class=\"oc-date-tick\" x1=\"").append(n(x)).append("\" x2=\"").append(n(x))
				.append("\" y1=\"").append(n(BOTTOM)).append("\" y2=\"").append(n(BOTTOM + 14)).append("\"/>");
			text("oc-date", x, BOTTOM + 30, "middle", TICK.format(date));
			if (shownYear == null || shownYear != date.getYear()) {
				text("oc-year", x, BOTTOM + 46, "middle", Integer.toString(date.getYear()));
				shownYear = date.getYear();
			}
		}
	}

	/** Weekly bars under the axis; returns where the legend starts. */
	private double drawAdherence() {
		text("oc-strip-label", LEFT, ADHERENCE_TOP - 8, "start", "Self-care done each week");
		for (AdherenceWeek week : data.adherence()) {
			double x0 = scale.x(week.weekStart()) + 1.5;
			double x1 = scale.x(week.weekStart().plusDays(7)) - 1.5;
			double width = Math.max(1, x1 - x0);
			double height = ADHERENCE_HEIGHT * week.percent() / 100.0;
			out.append("<rect class=\"oc-adherence-track\" x=\"").append(n(x0)).append("\" y=\"")
				.append(n(ADHERENCE_TOP)).append("\" width=\"").append(n(width)).append("\" height=\"")
				.append(n(ADHERENCE_HEIGHT)).append("\"/>");
			out.append("<rect class=\"oc-adherence\" x=\"").append(n(x0)).append("\" y=\"")
				.append(n(ADHERENCE_TOP + ADHERENCE_HEIGHT - height)).append("\" width=\"").append(n(width))
				.append("\" height=\"").append(n(height)).append("\"><title>")
				.append(xml("Week of " + OutcomeChartText.DAY.format(week.weekStart()) + ": " + week.percent() + "%"))
				.append("</title></rect>");
			if (width >= 34) {
				text("oc-adherence-label", (x0 + x1) / 2, ADHERENCE_TOP + ADHERENCE_HEIGHT + 15, "middle",
						week.percent() + "%");
			}
		}
		legend.add(OutcomeChartLegend.Item.ADHERENCE);
		return ADHERENCE_TOP + ADHERENCE_HEIGHT + 28;
	}

	private LocalDate date(Instant at) {
		return OutcomeChartText.date(data, at);
	}

	private void text(String cssClass, double x, double y, String anchor, String content) {
		out.append("<text class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
			.append("\" text-anchor=\"").append(anchor).append("\">").append(xml(content)).append("</text>");
	}

	/** A coordinate with at most one decimal, locale-free, so the output is the same everywhere. */
	static String n(double value) {
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.signum() == 0 ? "0" : rounded.toPlainString();
	}

}
