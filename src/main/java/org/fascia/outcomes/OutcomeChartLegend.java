package org.fascia.outcomes;

import java.util.EnumSet;
import java.util.Set;

import org.fascia.platform.Pure;
import org.fascia.platform.Texts;

/**
 * The chart's legend: one entry per kind of mark actually drawn, in a fixed order, flowed into rows that fit the
 * chart's width. Each symbol uses the same class as the mark it explains, so the two always look alike.
 */
@Pure
final class OutcomeChartLegend {

	/** What a legend entry explains, in the order the legend lists them. */
	enum Item {

		SCORE, BASELINE, BAND, SESSION, ADHERENCE, INSENSITIVE;

		String label(Texts words) {
			return switch (this) {
				case SCORE -> words.text("outcomes.chart.legend.score");
				case BASELINE -> words.text("outcomes.chart.legend.baseline");
				case BAND -> words.text("outcomes.chart.legend.band");
				case SESSION -> words.text("outcomes.chart.legend.session");
				case ADHERENCE -> words.text("outcomes.chart.legend.adherence");
				case INSENSITIVE -> words.text("outcomes.chart.legend.insensitive");
			};
		}

	}

	static final double ROW_HEIGHT = 24;

	private static final double CHAR_WIDTH = 8.2;

	private final Set<Item> items = EnumSet.noneOf(Item.class);

	void add(Item item) {
		items.add(item);
	}

	/** Appends the legend starting at {@code top}; returns the chart's total height. */
	double draw(OutcomeChartCanvas out, double top, Texts words) {
		double x = 4;
		double y = top + 10;
		out.raw("<g class=\"oc-legend\">");
		for (Item item : items) {
			String label = item.label(words);
			double width = 28 + label.length() * CHAR_WIDTH + 18;
			if (x > 4 && x + width - 18 > OutcomeChartScale.WIDTH - 8) {
				x = 4;
				y += ROW_HEIGHT;
			}
			symbol(out, item, x, y);
			out.text("oc-legend-label", x + 28, y + 5, "start", label);
			x += width;
		}
		out.raw("</g>");
		return y + 16;
	}

	private static void symbol(OutcomeChartCanvas out, Item item, double x, double y) {
		switch (item) {
			case SCORE -> {
				out.line("oc-line", x, y, x + 22, y);
				out.circle("oc-point", x + 11, y, null);
			}
			case BASELINE -> out.dashed("oc-baseline", x, y, x + 22, y);
			case BAND -> out.rect("oc-band", x, y - 6, 22, 12);
			case SESSION -> out.triangle("oc-session", x + 11, y - 5, null);
			case ADHERENCE -> out.rect("oc-adherence", x + 6, y - 7, 10, 14);
			case INSENSITIVE -> out.rect("oc-insensitive", x, y - 6, 22, 12);
		}
	}

}
