package org.fascia.clinic;

/** One of the clinic's places of practice; the address is free text and may be missing. */
public record Location(long id, String name, String address) {
}
