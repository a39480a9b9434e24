package org.fascia.clinic;

/** A treatment room at one of the clinic's locations; an inactive room takes no new bookings. */
public record Room(long id, String name, long locationId, boolean active) {
}
