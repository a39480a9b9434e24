package org.fascia.outcomes;

import static org.fascia.outcomes.OutcomeChartText.xml;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.fascia.platform.Pure;

/**
 * Writes SVG elements as text: a class for the look (never a {@code style} attribute), coordinates to one
 * decimal without a locale, every text and tooltip XML-escaped.
 */
@Pure
final class OutcomeChartCanvas {

	private final StringBuilder out = new StringBuilder(8192);

	void line(String cssClass, double x1, double y1, double x2, double y2) {
		out.append("<line class=\"").append(cssClass).append("\" x1=\"").append(n(x1)).append("\" x2=\"").append(n(x2))
			.append("\" y1=\"").append(n(y1)).append("\" y2=\"").append(n(y2)).append("\"/>");
	}

	/** A dashed line: the dash is a presentation attribute, so it shows even without the stylesheet. */
	void dashed(String cssClass, double x1, double y1, double x2, double y2) {
		line(cssClass, x1, y1, x2, y2);
		out.setLength(out.length() - 2);
		out.append(" stroke-dasharray=\"6 4\"/>");
	}

	void rect(String cssClass, double x, double y, double width, double height) {
		rect(cssClass, x, y, width, height, null);
	}

	void rect(String cssClass, double x, double y, double width, double height, String tooltip) {
		out.append("<rect class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
			.append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height)).append('"');
		close("rect", tooltip);
	}

	void circle(String cssClass, double cx, double cy, String tooltip) {
		out.append("<circle class=\"").append(cssClass).append("\" cx=\"").append(n(cx)).append("\" cy=\"")
			.append(n(cy)).append("\" r=\"4.5\"");
		close("circle", tooltip);
	}

	/** The session marker: a small triangle with its tip at (x, y), pointing up at the time axis. */
	void triangle(String cssClass, double x, double y, String tooltip) {
		out.append("<path class=\"").append(cssClass).append("\" d=\"M").append(n(x)).append(' ').append(n(y))
			.append(" l5 9 h-10 z\"");
		close("path", tooltip);
	}

	void polyline(String cssClass, double[] xs, double[] ys) {
		out.append("<polyline class=\"").append(cssClass).append("\" fill=\"none\" points=\"");
		for (int i = 0; i < xs.length; i++) {
			out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
		}
		out.append("\"/>");
	}

	void text(String cssClass, double x, double y, String anchor, String content) {
		out.append("<text class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
			.append("\" text-anchor=\"").append(anchor).append("\">").append(xml(content)).append("</text>");
	}

	void raw(String markup) {
		out.append(markup);
	}

	private void close(String element, String tooltip) {
		if (tooltip == null) {
			out.append("/>");
		}
		else {
			out.append("><title>").append(xml(tooltip)).append("</title></").append(element).append('>');
		}
	}

	@Override
	public String toString() {
		return out.toString();
	}

	/** A coordinate with at most one decimal, locale-free, so the output is the same everywhere. */
	static String n(double value) {
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.signum() == 0 ? "0" : rounded.toPlainString();
	}

}
