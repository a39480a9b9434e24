package org.fascia.care;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;

/**
 * A client's self-care program: the items assigned (not removed), the adherence over all of them, and
 * whether the client asked for the weekly reminder.
 */
public record SelfCareProgram(long clientId, LocalDate today, List<SelfCareAssignment> assignments,
		SelfCareAdherence.Result adherence, boolean weeklyReminder) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE", Locale.UK);

	private static final DateTimeFormatter LETTER = DateTimeFormatter.ofPattern("EEEEE", Locale.UK);

	public SelfCareProgram {
		assignments = List.copyOf(assignments);
	}

	/** The assignments running today or that ran in the last 7 days, which the client can still tick. */
	public List<SelfCareAssignment> tickable() {
		LocalDate first = today.minusDays(SelfCarePrograms.TICK_DAYS - 1);
		return assignments.stream()
			.filter(a -> !a.startDate().isAfter(today) && (a.endDate() == null || !a.endDate().isBefore(first)))
			.toList();
	}

	/** The days a client can tick: the oldest first, today last. */
	public List<LocalDate> tickDays() {
		return java.util.stream.IntStream.range(0, SelfCarePrograms.TICK_DAYS)
			.mapToObj(i -> today.minusDays(SelfCarePrograms.TICK_DAYS - 1 - i))
			.toList();
	}

	/** A day for people, e.g. "Tue 24 Nov 2026" (usable in attributes, where templates may not call beans). */
	public String dayLabel(LocalDate day) {
		return DAY.format(day);
	}

	/** A day's short name, e.g. "Tue". */
	public String dayName(LocalDate day) {
		return SHORT.format(day);
	}

	/** A day's one-letter name, e.g. "T". */
	public String dayLetter(LocalDate day) {
		return LETTER.format(day);
	}

	public boolean isEmpty() {
		return assignments.isEmpty();
	}

}
