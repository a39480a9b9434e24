package org.fascia.booking;

/**
 * Who asks for a booking change: a client (who may act only on their own record) or staff.
 *
 * @param userId the account, or null for a single-use email link
 * @param clientId the client record of a client actor, null for staff
 * @param staff whether the actor is staff (owner, therapist, front desk)
 * @param owner whether the actor is the owner
 */
public record Actor(Long userId, Long clientId, boolean staff, boolean owner) {

	public static Actor client(Long userId, long clientId) {
		return new Actor(userId, clientId, false, false);
	}

	public static Actor staff(long userId, boolean owner) {
		return new Actor(userId, null, true, owner);
	}

}
