package org.fascia.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A physician's written clearance as the clinic recorded it. Never edited; a wrong one is withdrawn.
 *
 * @param clearedOn the date the physician cleared the client (a clinic-local date)
 * @param expiresOn the last date the clearance holds (inclusive), or null when it does not expire
 * @param rules the NEEDS_CLEARANCE rules of the client's screening at the time that it covers
 * @param document the scanned reply's file name, type and size, or null
 */
public record Clearance(long id, long clientId, Long screeningId, String physicianName, String practice,
		LocalDate clearedOn, String restrictions, LocalDate expiresOn, Set<String> rules, DocumentInfo document,
		long recordedBy, Instant recordedAt, Instant withdrawnAt, Long withdrawnBy, String withdrawnReason) {

	public Clearance {
		rules = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(rules));
	}

	/** The scanned document's file name, sniffed content type and size. */
	public record DocumentInfo(String fileName, String contentType, int sizeBytes) {
	}

	public enum Status {

		VALID, NOT_YET_VALID, EXPIRED, WITHDRAWN;

		/**
		 * In words, from the default bundle (English, {@code screening.clearance.status.*}): for the records module's
		 * client record. This module's pages choose the words from the bundle by value, in the request's language.
		 */
		public String label() {
			return ScreeningWords.ENGLISH.status(this);
		}

	}

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

	/** Holds on the date: not withdrawn, already given, and not past its expiry date (inclusive). */
	public boolean validOn(LocalDate date) {
		return status(date) == Status.VALID;
	}

	public Status status(LocalDate date) {
		if (withdrawn()) {
			return Status.WITHDRAWN;
		}
		if (date.isBefore(clearedOn)) {
			return Status.NOT_YET_VALID;
		}
		if (expiresOn != null && date.isAfter(expiresOn)) {
			return Status.EXPIRED;
		}
		return Status.VALID;
	}

}
