package org.fascia.care;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

import org.fascia.platform.Pure;
import org.fascia.platform.Texts;

/**
 * Adherence: the days a client ticked as done over the days prescribed so far.
 * <p>
 * The assignment's active days so far run from its start to the earlier of today and its end date,
 * both included. Prescribed days are {@code activeDays × daysPerWeek / 7}, rounded half up (a daily
 * item over 10 days: 10; three days a week over 7 days: 3, over 3 days: 1). Only ticks inside the
 * active days count, and at most the prescribed number, so extra days never lift adherence above 100%.
 * Nothing prescribed yet (an item starting in the future, or one day into a weekly item) has no
 * percentage.
 */
@Pure
public final class SelfCareAdherence {

	private SelfCareAdherence() {
	}

	/**
	 * @param activeDays days from the start to today (or the end date), both included
	 * @param prescribedDays days the dose asks for in that time
	 * @param doneDays ticked days counted (at most {@code prescribedDays})
	 * @param tickedDays every ticked day inside the active days, counted or not
	 * @param percent {@code doneDays / prescribedDays} rounded, or null when nothing is prescribed yet
	 */
	public record Result(long activeDays, long prescribedDays, long doneDays, long tickedDays, Integer percent) {

		/** "5 of 7 prescribed days" in the words given, for showing beside the percentage. */
		public String counts(Texts words) {
			return prescribedDays == 1 ? words.text("care.adherence.counts.one", String.valueOf(doneDays))
					: words.text("care.adherence.counts.many", String.valueOf(doneDays), String.valueOf(prescribedDays));
		}

	}

	static Result of(LocalDate start, LocalDate end, int daysPerWeek, Collection<LocalDate> ticks, LocalDate today) {
		if (daysPerWeek < 1 || daysPerWeek > 7) {
			throw new IllegalArgumentException("days per week is 1 to 7, not " + daysPerWeek);
		}
		LocalDate last = end != null && end.isBefore(today) ? end : today;
		long active = last.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, last) + 1;
		long prescribed = (active * daysPerWeek * 2 + 7) / 14;
		long ticked = ticks.stream().distinct().filter(d -> !d.isBefore(start) && !d.isAfter(last)).count();
		long done = Math.min(ticked, prescribed);
		return new Result(active, prescribed, done, ticked, percent(done, prescribed));
	}

	/** Adherence over several assignments: the sums of their counts. */
	static Result combined(List<Result> results) {
		long active = results.stream().mapToLong(Result::activeDays).sum();
		long prescribed = results.stream().mapToLong(Result::prescribedDays).sum();
		long done = results.stream().mapToLong(Result::doneDays).sum();
		long ticked = results.stream().mapToLong(Result::tickedDays).sum();
		return new Result(active, prescribed, done, ticked, percent(done, prescribed));
	}

	private static Integer percent(long done, long prescribed) {
		return prescribed == 0 ? null : (int) Math.round(100.0 * done / prescribed);
	}

}
