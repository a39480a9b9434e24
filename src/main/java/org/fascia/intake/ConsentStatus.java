package org.fascia.intake;

import java.time.Instant;

/**
 * Where a client stands with one kind of consent.
 *
 * @param kind the kind
 * @param heading the current text's title
 * @param currentVersion the version a client signs today
 * @param signedVersion the newest version they signed, or null if never
 * @param signedAt when they signed that one, or null
 * @param signatureId the signed snapshot's id, or null
 */
public record ConsentStatus(ConsentKind kind, String heading, int currentVersion, Integer signedVersion,
		Instant signedAt, Long signatureId) {

	/** Signed, at the current version. */
	public boolean signedCurrent() {
		return signedVersion != null && signedVersion == currentVersion;
	}

	/** Signed once, but a newer version has appeared since and needs signing. */
	public boolean needsResign() {
		return signedVersion != null && signedVersion < currentVersion;
	}

	/** Never signed at all. */
	public boolean neverSigned() {
		return signedVersion == null;
	}

}
