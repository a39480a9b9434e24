package org.fascia.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fascia.platform.Texts;
import org.fascia.screening.Caution;

/**
 * A stored care plan: goals, approach, how often and how many sessions, the review date, the cautions it
 * respects (the screening's, when the plan was made) and the self-care items it prescribes. Once booked
 * it is linked to the recurring series and the appointments it created.
 * @param consultationId the consultation it was made from, or null
 * @param seriesId the booked series, or null until "Book the plan"
 */
public record CarePlan(long id, long clientId, Long consultationId, Approach approach, int intervalWeeks,
		int plannedSessions, int sessionMinutes, LocalDate startDate, LocalDate reviewDate, List<PlanGoal> goals,
		List<Caution> cautions, List<Long> selfCareItemIds, Long seriesId, Long therapistId, Long serviceId,
		List<Long> appointmentIds, long createdBy, Instant createdAt) {

	public CarePlan {
		goals = List.copyOf(goals);
		cautions = List.copyOf(cautions);
		selfCareItemIds = List.copyOf(selfCareItemIds);
		appointmentIds = List.copyOf(appointmentIds);
	}

	public boolean booked() {
		return seriesId != null;
	}

	/** How often, in the words given: "weekly", "every two weeks", "monthly (every 4 weeks)", "every 3 weeks". */
	public String frequency(Texts words) {
		return frequency(intervalWeeks, words);
	}

	static String frequency(int weeks, Texts words) {
		return switch (weeks) {
			case 1 -> words.text("care.frequency.weekly");
			case 2 -> words.text("care.frequency.twoWeeks");
			case 4 -> words.text("care.frequency.monthly");
			default -> words.text("care.frequency.weeks", String.valueOf(weeks));
		};
	}

}
