package org.fascia.charting;

/**
 * Whether an appointment's treatment log is closed to new entries: once the session note is signed, the log
 * is part of the signed record and corrections go in an amendment ({@link SignedNoteLogLock}).
 */
public interface LogLock {

	boolean lockedFor(long appointmentId);

}
