package org.fascia.outcomes;

/** Who gave an outcome answer and where: the client by email link or in the portal, or staff at the session. */
public enum OutcomeSource {

	CLIENT_LINK, PORTAL, SESSION, STAFF;

	/** Whether the client answered themselves. */
	public boolean byClient() {
		return this == CLIENT_LINK || this == PORTAL;
	}

}
