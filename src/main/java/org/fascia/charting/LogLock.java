package org.fascia.charting;

/**
 * Whether an appointment's treatment log is closed to new entries. The session note's signing plugs in here
 * ("the note is signed, so the log is read-only"): declare a {@code @Primary} bean of this type (or replace
 * {@link LogLocks#openUntilSigned()}). Until then every log stays open.
 */
public interface LogLock {

	boolean lockedFor(long appointmentId);

}
