package org.fascia.payments;

import java.time.Instant;

/** One payment of a visit, as recorded; a voided one keeps who voided it, when and why. */
public record Payment(long id, long appointmentId, long clientId, long receiptNumber, int amountCents,
		PaymentMethod method, Instant paidAt, String serviceName, String therapistName, Instant visitStart,
		long recordedBy, String recordedByName, Instant recordedAt, Instant voidedAt, String voidedByName,
		String voidReason) {

	public boolean voided() {
		return voidedAt != null;
	}

	/** The amount in pounds, e.g. £75.00. */
	public String amount() {
		return money(amountCents);
	}

	/** The receipt number as printed, e.g. R-000042. */
	public String receipt() {
		return "R-%06d".formatted(receiptNumber);
	}

	static String money(int cents) {
		return "£" + (cents / 100) + "." + String.format("%02d", cents % 100);
	}

}
