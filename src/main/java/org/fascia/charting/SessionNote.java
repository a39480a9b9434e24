package org.fascia.charting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stored session note: its content as written (for a signed note, as signed: it never changes), its
 * status and optimistic version, who signed it when, and the amendments made after signing, oldest first.
 */
public record SessionNote(long id, long appointmentId, long clientId, NoteContent content, NoteStatus status,
		int version, Instant updatedAt, String signedBy, Instant signedAt, List<Amendment> amendments) {

	public SessionNote {
		amendments = List.copyOf(amendments);
	}

	/** A correction of one section of a signed note; the original stays as it was. */
	public record Amendment(long id, NoteSection section, String text, String reason, String by, Instant at) {
	}

	public boolean signed() {
		return status == NoteStatus.SIGNED;
	}

	/** The amendments of one section, oldest first. */
	public List<Amendment> amendmentsOf(NoteSection section) {
		return amendments.stream().filter(a -> a.section() == section).toList();
	}

	/** The summary the client reads: the latest amendment of it, else the signed text. */
	public String clientSummaryNow() {
		List<Amendment> corrections = amendmentsOf(NoteSection.CLIENT_SUMMARY);
		return corrections.isEmpty() ? content.clientSummary() : corrections.get(corrections.size() - 1).text();
	}

	Optional<Amendment> latest() {
		return amendments.isEmpty() ? Optional.empty() : Optional.of(amendments.get(amendments.size() - 1));
	}

}
