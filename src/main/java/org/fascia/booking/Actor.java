package org.fascia.booking;

import java.util.Set;

/**
 * Who asks for a booking change: a client (who may act only on their own record, or on their children's: family
 * members) or staff.
 *
 * @param userId the account, or null for a single-use email link
 * @param clientId the client record a client actor acts for now (their own, or the child chosen in the portal),
 * null for staff
 * @param staff whether the actor is staff (owner, therapist, front desk)
 * @param owner whether the actor is the owner
 * @param family every client record a client actor may act for (contains {@code clientId}); empty for staff
 */
public record Actor(Long userId, Long clientId, boolean staff, boolean owner, Set<Long> family) {

	public Actor {
		family = family == null ? Set.of() : Set.copyOf(family);
	}

	public static Actor client(Long userId, long clientId) {
		return new Actor(userId, clientId, false, false, Set.of(clientId));
	}

	/** A client account acting for {@code clientId}, who may also act for the rest of {@code family}. */
	public static Actor client(long userId, long clientId, Set<Long> family) {
		java.util.Set<Long> all = new java.util.HashSet<>(family);
		all.add(clientId);
		return new Actor(userId, clientId, false, false, all);
	}

	public static Actor staff(long userId, boolean owner) {
		return new Actor(userId, null, true, owner, Set.of());
	}

	/** Whether this client actor may act on the client's record (never true for staff: they have rules of their own). */
	public boolean actsFor(long client) {
		return !staff && family.contains(client);
	}

}
