package org.fascia.charting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Save and sign" in one transaction: the draft as the therapist sees it is saved at the version they
 * read, then signed at the version that save produced, so what is signed is exactly what was on screen.
 */
@Service
class NoteSigning {

	private final SessionNotes notes;

	NoteSigning(SessionNotes notes) {
		this.notes = notes;
	}

	@Transactional
	SessionNote saveAndSign(long appointmentId, NoteContent content, Integer version, long userId) {
		SessionNote saved = notes.save(appointmentId, content, version, userId);
		return notes.sign(appointmentId, saved.version(), userId);
	}

}
