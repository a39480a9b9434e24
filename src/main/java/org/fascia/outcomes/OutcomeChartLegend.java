package org.fascia.outcomes;

import static org.fascia.outcomes.OutcomeChartSvg.n;

import java.util.EnumSet;
import java.util.Set;

import org.fascia.platform.Pure;

/**
 * The chart's legend: one entry per kind of mark actually drawn, in a fixed order, flowed into rows that fit the
 * chart's width. Each symbol uses the same class as the mark it explains, so the two always look alike.
 */
@Pure
final class OutcomeChartLegend {

	/** What a legend entry explains, in the order the legend lists them. */
	enum Item {

		SCORE("Score"), BASELINE("Baseline"), BAND("Meaningful improvement"), SESSION("Session"),
		ADHERENCE("Self-care done"), INSENSITIVE("Insensitive to change");

		final String label;

		Item(String label) {
			this.label = label;
		}

	}

	static final double ROW_HEIGHT = 24;

	private static final double CHAR_WIDTH = 8.2;

	private final Set<Item> items = EnumSet.noneOf(Item.class);

	void add(Item item) {
		items.add(item);
	}

	/** Appends the legend starting at {@code top}; returns the chart's total height. */
	double draw(StringBuilder out, double top) {
		double x = 4;
		double y = top + 10;
		out.append("<g class=\"oc-legend\">");
		for (Item item : items) {
			double width = 28 + item.label.length() * CHAR_WIDTH + 18;
			if (x > 4 && x + width - 18 > OutcomeChartScale.WIDTH - 8) {
				x = 4;
				y += ROW_HEIGHT;
			}
			symbol(out, item, x, y);
			out.append("<text class=\"oc-legend-label\" x=\"").append(n(x + 28)).append("\" y=\"").append(n(y + 5))
				.append("\">").append(OutcomeChartText.xml(item.label)).append("</text>");
			x += width;
		}
		out.append("</g>");
		return y + 16;
	}

	private static void symbol(StringBuilder out, Item item, double x, double y) {
		switch (item) {
			case SCORE -> out.append("<line class=\"oc-line\" x1=\"").append(n(x)).append("\" x2=\"").append(n(x + 22))
				.append("\" y1=\"").append(n(y)).append("\" y2=\"").append(n(y)).append("\"/><circle class=\"oc-point\" cx=\"")
				.append(n(x + 11)).append("\" cy=\"").append(n(y)).append("\" r=\"4.5\"/>");
			case BASELINE -> out.append("<line class=\"oc-baseline\" x1=\"").append(n(x)).append("\" x2=\"")
				.append(n(x + 22)).append("\" y1=\"").append(n(y)).append("\" y2=\"").append(n(y))
				.append("\" stroke-dasharray=\"6 4\"/>");
			case BAND -> rect(out, "oc-band", x, y - 6, 22, 12);
			case SESSION -> out.append("<path class=\"oc-session\" d=\"M").append(n(x + 11)).append(' ')
				.append(n(y - 5)).append(" l5 9 h-10 z\"/>");
			case ADHERENCE -> rect(out, "oc-adherence", x + 6, y - 7, 10, 14);
			case INSENSITIVE -> rect(out, "oc-insensitive", x, y - 6, 22, 12);
		}
	}

	private static void rect(StringBuilder out, String cssClass, double x, double y, double width, double height) {
		out.append("<rect class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
			.append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height)).append("\"/>");
	}

}
