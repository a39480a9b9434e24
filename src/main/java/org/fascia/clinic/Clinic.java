package org.fascia.clinic;

import java.time.ZoneId;

/** The clinic's identity and the zone its wall-clock times are in. */
public record Clinic(String name, ZoneId timeZone) {
}
