package org.fascia.screening;

/**
 * A screening decision, declared from the least to the most restrictive, so the natural order of the
 * constants is the (total) restrictiveness order.
 */
public enum Decision {

	PROCEED,

	PROCEED_WITH_CAUTIONS,

	NEEDS_CLEARANCE,

	URGENT_REFERRAL,

	EMERGENCY_REFERRAL;

	/** The more restrictive of this and {@code other}. */
	public Decision max(Decision other) {
		return other.compareTo(this) > 0 ? other : this;
	}

	public boolean isMoreRestrictiveThan(Decision other) {
		return compareTo(other) > 0;
	}

}
