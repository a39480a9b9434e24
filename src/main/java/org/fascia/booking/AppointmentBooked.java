package org.fascia.booking;

import java.time.Instant;

/** Published when an appointment is booked. */
public record AppointmentBooked(long appointmentId, long clientId, long therapistId, Instant start) {
}
