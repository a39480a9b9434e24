package org.fascia.intake;

import java.util.Map;
import java.util.Set;

/**
 * A signing as submitted: which texts the person saw and ticked, the typed name, the drawn signature
 * (a PNG data URL) or the declaration that the typed name is the signature; and where it came from.
 *
 * @param shownVersions the version of each text shown on the page (kind slug → version)
 * @param agreed the slugs of the texts whose "I agree" box was ticked
 * @param witnessedBy the staff account witnessing at the front desk, else null
 * @param byGuardian whether a parent or guardian signs for the client (a child: family members)
 */
record ConsentSigning(long clientId, Map<String, Integer> shownVersions, Set<String> agreed, String fullName,
		String signatureDataUrl, boolean typedNameIsSignature, String ipAddress, String userAgent, Long userId,
		Long witnessedBy, boolean byGuardian) {

	ConsentSigning(long clientId, Map<String, Integer> shownVersions, Set<String> agreed, String fullName,
			String signatureDataUrl, boolean typedNameIsSignature, String ipAddress, String userAgent, Long userId,
			Long witnessedBy) {
		this(clientId, shownVersions, agreed, fullName, signatureDataUrl, typedNameIsSignature, ipAddress, userAgent,
				userId, witnessedBy, false);
	}

	/** The same signing, made by the client's parent or guardian in their own name. */
	ConsentSigning signedByGuardian() {
		return new ConsentSigning(clientId, shownVersions, agreed, fullName, signatureDataUrl, typedNameIsSignature,
				ipAddress, userAgent, userId, witnessedBy, true);
	}

	static String agreeField(ConsentKind kind) {
		return "agree-" + kind.slug();
	}

	static String versionField(ConsentKind kind) {
		return "version-" + kind.slug();
	}

	/** The name as stored: trimmed, inner runs of white space (and control characters) made one space. */
	String cleanName() {
		return fullName == null ? "" : fullName.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
	}

}
