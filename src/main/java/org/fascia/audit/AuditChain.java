package org.fascia.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.fascia.platform.Pure;

/**
 * The hash chain, pure: SHA-256 over the previous hash and every field of the event, each field
 * length-prefixed so that no two different events can serialise to the same text.
 */
@Pure
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	static String hash(String prevHash, long seq, Instant occurredAt, String actor, String actorRole, String action,
			String subjectType, String subjectId, AuditOutcome outcome, String clientIp, String detail) {
		StringBuilder text = new StringBuilder();
		for (String field : new String[] { prevHash, Long.toString(seq), occurredAt.toString(), actor, actorRole,
				action, subjectType, subjectId, outcome.name(), clientIp, detail }) {
			if (field == null) {
				text.append("-1:");
			}
			else {
				text.append(field.length()).append(':').append(field);
			}
		}
		return sha256(text.toString());
	}

	static String hashOf(AuditEvent e) {
		return hash(e.prevHash(), e.seq(), e.occurredAt(), e.actor(), e.actorRole(), e.action(), e.subjectType(),
				e.subjectId(), e.outcome(), e.clientIp(), e.detail());
	}

	/** Checks one link: the event's own hash, and that it continues the chain from {@code previous}. */
	static Optional<String> problemWith(AuditEvent event, long expectedSeq, String expectedPrevHash) {
		if (event.seq() != expectedSeq) {
			return Optional.of("event " + expectedSeq + " is missing (next stored event is " + event.seq() + ")");
		}
		if (!event.prevHash().equals(expectedPrevHash)) {
			return Optional.of("event " + event.seq() + " does not continue the chain from event " + (expectedSeq - 1));
		}
		if (!hashOf(event).equals(event.hash())) {
			return Optional.of("event " + event.seq() + " was changed after it was written");
		}
		return Optional.empty();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by the Java platform", ex);
		}
	}

}
