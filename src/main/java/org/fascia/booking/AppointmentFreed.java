package org.fascia.booking;

import java.time.Instant;

/** Published when an appointment's time became free again (cancelled or moved away). */
public record AppointmentFreed(long appointmentId, long serviceId, long therapistId, Instant start) {
}
