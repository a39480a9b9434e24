package org.fascia.charting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Assessment's "response since last visit", coded so it can be counted; its words are in the bundle:
 * charting.response.*.
 */
public enum ResponseSinceLast {

	IMPROVED, NO_CHANGE, WORSE, FIRST_VISIT;

	public static Optional<ResponseSinceLast> ofCode(String code) {
		return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
	}

}
