package org.fascia.inbox;

import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;

/** Who looks at the inbox: their account and role. Sources decide from it what to show. */
public record InboxViewer(long userId, Role role) {

	public static InboxViewer of(FasciaUser user) {
		return new InboxViewer(user.id(), user.role());
	}

	public boolean owner() {
		return role == Role.OWNER;
	}

	public boolean therapist() {
		return role == Role.THERAPIST;
	}

	public boolean frontDesk() {
		return role == Role.FRONT_DESK;
	}

	/** Owner or front desk: the clinic's desk work (enquiries, alerts, waitlist, requests). */
	public boolean desk() {
		return role == Role.OWNER || role == Role.FRONT_DESK;
	}

	/**
	 * For a source of clinical items: the therapist's user id to limit them to, null for the owner (everyone's).
	 * Only call when {@link #clinical()} is true.
	 */
	public Long therapistFilter() {
		return owner() ? null : userId;
	}

	/** Owner or therapist: may see clinical items (a therapist only their own clients'). */
	public boolean clinical() {
		return role == Role.OWNER || role == Role.THERAPIST;
	}

}
