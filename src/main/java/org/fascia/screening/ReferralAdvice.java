package org.fascia.screening;

/** Whether and how fast the client should see a medical professional, least urgent first. */
public enum ReferralAdvice {

	NONE,

	ROUTINE_GP,

	URGENT,

	EMERGENCY;

	public ReferralAdvice max(ReferralAdvice other) {
		return other.compareTo(this) > 0 ? other : this;
	}

}
