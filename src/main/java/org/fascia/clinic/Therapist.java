package org.fascia.clinic;

import java.util.List;

/**
 * A therapist on the clinic's team, linked to the account they sign in with ({@code userId}), with
 * the services they offer and their weekly hours. An inactive therapist takes no new bookings.
 */
public record Therapist(long id, String name, String email, String bio, boolean active, Long userId,
		List<Long> serviceIds, List<WorkingInterval> workingHours) {

	public Therapist {
		serviceIds = List.copyOf(serviceIds);
		workingHours = List.copyOf(workingHours);
	}

}
