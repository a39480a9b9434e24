package org.fascia.charting;

import org.springframework.stereotype.Component;

/** The treatment log is read-only once the appointment's session note is signed. */
@Component
class SignedNoteLogLock implements LogLock {

	private final NoteStore notes;

	SignedNoteLogLock(NoteStore notes) {
		this.notes = notes;
	}

	@Override
	public boolean lockedFor(long appointmentId) {
		return notes.forAppointment(appointmentId).map(SessionNote::signed).orElse(false);
	}

}
