package org.fascia.screening;

import java.util.List;

/**
 * Answers that contradict each other (e.g. pregnancy for a client who gave their sex as male): kept
 * and screened as given, but shown to staff to check with the client.
 *
 * @param codes the answer codes involved
 * @param message what to check, for staff
 */
public record ReviewNote(List<String> codes, String message) {

	public ReviewNote {
		codes = List.copyOf(codes);
	}

}
