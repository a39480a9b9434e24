package org.fascia.messaging;

import java.util.Objects;

/**
 * An email to send: plain text always, HTML optionally, and at most one attachment (for example an
 * iCalendar invitation).
 */
public record OutgoingMail(String to, String subject, String text, String html, Attachment attachment) {

	public OutgoingMail {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(text, "text");
		if (to.isBlank() || !to.contains("@")) {
			throw new IllegalArgumentException("A mail needs a recipient address");
		}
	}

	public static OutgoingMail text(String to, String subject, String text) {
		return new OutgoingMail(to, subject, text, null, null);
	}

	public record Attachment(String filename, String contentType, byte[] data) {
	}

}
