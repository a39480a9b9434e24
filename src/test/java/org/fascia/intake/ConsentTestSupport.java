package org.fascia.intake;

/** For tests outside the intake package that need a client's signed consent snapshot. */
public final class ConsentTestSupport {

	private ConsentTestSupport() {
	}

	/** Signs the current massage and data-processing texts for the client; returns the first snapshot's id. */
	public static long sign(Consents consents, long clientId, String fullName, long userId) {
		return consents.sign(ConsentFixture.valid(clientId, fullName, userId, null)).get(0);
	}

}
