package org.fascia.inbox;

import java.time.Instant;

/** A message sent through the public "Ask us" form, with the consent wording the sender agreed to. */
public record Enquiry(long id, String name, String email, String phone, String message, String consentText,
		Instant createdAt) {

	/** A reply sent from the inbox by email. */
	public record Reply(long id, long enquiryId, String body, String sentBy, Instant sentAt) {
	}

}
