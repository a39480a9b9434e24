package org.fascia.intake;

import java.time.Instant;
import java.util.List;

/**
 * An immutable snapshot of one signature: the exact text signed, its fingerprint, the typed name, and
 * where, when and by whom it was recorded. The drawn image itself is fetched apart
 * ({@link Consents#signatureImage}).
 *
 * @param userId the account that submitted the signature (the client's own, or the staff member's at the front desk)
 * @param witnessedBy the staff account that witnessed it on the front-desk tablet, else null
 */
public record SignedConsent(long id, long clientId, ConsentKind kind, int version, String textSha256, String text,
		String typedName, boolean typedNameIsSignature, boolean drawn, Instant signedAt, String ipAddress,
		String userAgent, Long userId, Long witnessedBy, boolean byGuardian) {

	/** The signed text's title. */
	public String heading() {
		return new ConsentText(kind, version, text).heading();
	}

	/** The signed text as blocks to print escaped. */
	public List<ConsentText.Block> blocks() {
		return ConsentText.blocks(text);
	}

	/** Whether the stored text still matches the fingerprint taken when it was signed. */
	public boolean textIntact() {
		return ConsentText.sha256(text).equals(textSha256);
	}

	public boolean witnessed() {
		return witnessedBy != null;
	}

}
