package org.fascia.screening;

import java.time.LocalDate;

/**
 * A clearance received, as staff enter it.
 *
 * @param clearedOn the date the physician cleared the client
 * @param expiresOn the last date it holds (inclusive), or null
 * @param document the scanned reply, or null when none was attached
 */
public record NewClearance(long clientId, String physicianName, String practice, LocalDate clearedOn,
		String restrictions, LocalDate expiresOn, Upload document) {

	/**
	 * An uploaded file.
	 * @param size its size in bytes as uploaded
	 * @param bytes its content; null when it is too big to be read at all
	 */
	public record Upload(String fileName, long size, byte[] bytes) {
	}

}
