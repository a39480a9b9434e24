package org.fascia.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * One item in a client's self-care program, with the days the client ticked and the adherence so far.
 * @param endDate the last day, or null while it goes on
 */
public record SelfCareAssignment(long id, long clientId, SelfCareItem item, String dose, int daysPerWeek,
		LocalDate startDate, LocalDate endDate, Instant assignedAt, Set<LocalDate> doneDates,
		SelfCareAdherence.Result adherence) {

	public SelfCareAssignment {
		doneDates = Set.copyOf(doneDates);
	}

	public boolean doneOn(LocalDate day) {
		return doneDates.contains(day);
	}

	/** Whether the day is inside the assignment's dates (the client can tick it, if it is recent). */
	public boolean runsOn(LocalDate day) {
		return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
	}

	/** Started and not yet ended on that day. */
	public boolean current(LocalDate today) {
		return runsOn(today);
	}

}
