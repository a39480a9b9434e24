package org.fascia.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A care plan as the page or the API sends it. Goals come as parallel lists (one entry per row: kind
 * INSTRUMENT or PSFS, instrument, target such as "≤ 3" or "fall of 5", activity for PSFS); rows left
 * wholly empty are ignored. Every value is text, so the service names each field it cannot read.
 */
public record CarePlanForm(String consultationId, String approach, List<String> goalKind, List<String> goalInstrument,
		List<String> goalTarget, List<String> goalActivity, String intervalWeeks, String plannedSessions,
		String startDate, String reviewDate, List<String> selfCareItemIds) {

	/** CARE.md defaults: 10 sessions. */
	static final int DEFAULT_SESSIONS = 10;

	/** CARE.md defaults: weekly. */
	static final int DEFAULT_INTERVAL = 1;

	/** Review after 6 sessions: the 6th session is 5 intervals after the first. */
	static final int REVIEW_AFTER_SESSIONS = 6;

	public CarePlanForm {
		goalKind = nonNull(goalKind);
		goalInstrument = nonNull(goalInstrument);
		goalTarget = nonNull(goalTarget);
		goalActivity = nonNull(goalActivity);
		selfCareItemIds = nonNull(selfCareItemIds);
	}

	/** The review date CARE.md suggests: start + (sessions before review − 1) intervals, within the plan. */
	static LocalDate defaultReview(LocalDate start, int intervalWeeks, int plannedSessions) {
		int sessions = Math.max(1, Math.min(REVIEW_AFTER_SESSIONS, plannedSessions));
		return start.plusWeeks((long) (sessions - 1) * intervalWeeks);
	}

	/** How many goal rows were sent (the longest of the lists). */
	public int goalRows() {
		return Math.max(Math.max(goalKind.size(), goalInstrument.size()), Math.max(goalTarget.size(), goalActivity.size()));
	}

	public String goalValue(List<String> list, int i) {
		return i < list.size() && list.get(i) != null ? list.get(i) : "";
	}

	/** Pads the goal rows to at least {@code rows}, for the page. */
	CarePlanForm withGoalRows(int rows) {
		List<String> k = new ArrayList<>(goalKind), in = new ArrayList<>(goalInstrument), t = new ArrayList<>(goalTarget),
				a = new ArrayList<>(goalActivity);
		for (List<String> l : List.of(k, in, t, a)) {
			while (l.size() < rows) {
				l.add("");
			}
		}
		return new CarePlanForm(consultationId, approach, k, in, t, a, intervalWeeks, plannedSessions, startDate,
				reviewDate, selfCareItemIds);
	}

	public boolean selected(long itemId) {
		return selfCareItemIds.contains(String.valueOf(itemId));
	}

	private static List<String> nonNull(List<String> list) {
		return list == null ? List.of() : new ArrayList<>(list);
	}

}
