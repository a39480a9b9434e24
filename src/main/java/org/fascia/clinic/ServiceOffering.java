package org.fascia.clinic;

import java.util.List;

/**
 * A service on the clinic's menu: what it is, how long it takes plus the buffer after it, its price in
 * cents, whether clients can book it online, and the therapists who offer it.
 */
public record ServiceOffering(long id, String name, String description, int durationMinutes, int bufferMinutes,
		int priceCents, ServiceKind kind, boolean bookableOnline, boolean active, List<Long> therapistIds) {

	public ServiceOffering {
		therapistIds = List.copyOf(therapistIds);
	}

	/** The price as the pages show it, e.g. 75.00. */
	public String price() {
		return "%d.%02d".formatted(priceCents / 100, priceCents % 100);
	}

}
