package org.fascia.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.fascia.outcomes.OutcomeChart.AdherenceWeek;
import org.fascia.outcomes.OutcomeChart.Data;
import org.fascia.outcomes.OutcomeChart.Score;
import org.fascia.platform.Pure;

/**
 * Where things go on the chart. Time runs in local days of the clinic's zone (a date's position does not move
 * when the clocks change: every day is equally wide), scores run from the scale's minimum at the bottom to its
 * maximum at the top.
 */
@Pure
final class OutcomeChartScale {

	static final double WIDTH = 440;

	static final double LEFT = 34;

	static final double RIGHT = 426;

	static final double TOP = 50;

	static final double BOTTOM = 250;

	/** Room one date label needs ("16 Mar" at 14 units), so labels never overlap. */
	static final double LABEL_GAP = 58;

	private static final double MIN_SPAN_DAYS = 6;

	private final Data data;

	private final double from;

	private final double to;

	OutcomeChartScale(Data data) {
		this.data = data;
		List<Double> days = new ArrayList<>();
		data.scores().forEach(score -> days.add(day(score.at())));
		data.sessions().forEach(at -> days.add(day(at)));
		for (AdherenceWeek week : data.adherence()) {
			days.add((double) week.weekStart().toEpochDay());
			days.add((double) week.weekStart().plusDays(7).toEpochDay());
		}
		double lo = days.stream().mapToDouble(Double::doubleValue).min().orElse(0);
		double hi = days.stream().mapToDouble(Double::doubleValue).max().orElse(MIN_SPAN_DAYS);
		if (hi - lo < MIN_SPAN_DAYS) {
			double middle = (lo + hi) / 2;
			lo = middle - MIN_SPAN_DAYS / 2;
			hi = middle + MIN_SPAN_DAYS / 2;
		}
		double pad = Math.max(0.5, (hi - lo) * 0.05);
		this.from = lo - pad;
		this.to = hi + pad;
	}

	/** A moment as a fractional local day number in the clinic's zone. */
	double day(Instant at) {
		LocalDateTime local = LocalDateTime.ofInstant(at, data.zone());
		return local.toLocalDate().toEpochDay() + local.toLocalTime().toSecondOfDay() / 86_400.0;
	}

	double x(Instant at) {
		return xOfDay(day(at));
	}

	double x(LocalDate date) {
		return xOfDay(date.toEpochDay());
	}

	double xOfDay(double day) {
		return LEFT + (day - from) / (to - from) * (RIGHT - LEFT);
	}

	double y(double score) {
		return BOTTOM - (score - data.min()) / (data.max() - data.min()) * (BOTTOM - TOP);
	}

	/** Score ticks: a round step giving at most 10 intervals (0–10 by 1, 0–24 by 4, 0–100 by 10). */
	List<Integer> scoreTicks() {
		int range = data.max() - data.min();
		int step = 1;
		for (int candidate : new int[] { 1, 2, 4, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000 }) {
			step = candidate;
			if (range / (double) candidate <= 10) {
				break;
			}
		}
		List<Integer> ticks = new ArrayList<>();
		int first = (int) Math.ceil(data.min() / (double) step) * step;
		for (int tick = first; tick <= data.max(); tick += step) {
			ticks.add(tick);
		}
		return ticks;
	}

	/** The first score of each local date: where the date ticks go. */
	List<Score> firstScorePerDate() {
		List<Score> firsts = new ArrayList<>();
		LocalDate previous = null;
		for (Score score : data.scores()) {
			LocalDate date = OutcomeChartText.date(data, score.at());
			if (!date.equals(previous)) {
				firsts.add(score);
				previous = date;
			}
		}
		return firsts;
	}

	/**
	 * Which of these ascending positions get a label so that labels stay {@code gap} apart: always the first
	 * and the last, then greedily those in between.
	 */
	static List<Integer> thin(List<Double> xs, double gap) {
		List<Integer> kept = new ArrayList<>();
		if (xs.isEmpty()) {
			return kept;
		}
		int last = xs.size() - 1;
		kept.add(0);
		for (int i = 1; i < last; i++) {
			if (xs.get(i) - xs.get(kept.get(kept.size() - 1)) >= gap && xs.get(last) - xs.get(i) >= gap) {
				kept.add(i);
			}
		}
		if (last > 0) {
			if (xs.get(last) - xs.get(kept.get(kept.size() - 1)) < gap) {
				kept.remove(kept.size() - 1);
			}
			kept.add(last);
		}
		return kept;
	}

}
