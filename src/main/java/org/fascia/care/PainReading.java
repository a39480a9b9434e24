package org.fascia.care;

import java.time.Instant;

/** Today's pain (0–10) recorded in the note of one appointment, at the appointment's start. */
public record PainReading(long appointmentId, Instant at, int pain) {
}
