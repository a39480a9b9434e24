package org.fascia.care;

/**
 * An assignment as typed by the therapist (or sent by the API): text, so a wrong value comes back with
 * its message. An empty dose or days per week takes the item's default; an empty start is today.
 */
public record SelfCareAssignmentForm(String itemId, String dose, String daysPerWeek, String startDate,
		String endDate) {

	static SelfCareAssignmentForm startingOn(java.time.LocalDate today) {
		return new SelfCareAssignmentForm("", "", "", today.toString(), "");
	}

}
