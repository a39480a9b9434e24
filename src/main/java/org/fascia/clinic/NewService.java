package org.fascia.clinic;

import java.util.List;

/** A service to offer: duration and buffer in minutes, price in cents. */
public record NewService(String name, String description, int durationMinutes, int bufferMinutes, int priceCents,
		ServiceKind kind, boolean bookableOnline, List<Long> therapistIds) {
}
