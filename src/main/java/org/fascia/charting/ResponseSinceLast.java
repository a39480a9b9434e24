package org.fascia.charting;

import java.util.Arrays;
import java.util.Optional;

/** The Assessment's "response since last visit", coded so it can be counted. */
public enum ResponseSinceLast {

	IMPROVED("Better"), NO_CHANGE("About the same"), WORSE("Worse"), FIRST_VISIT("First visit");

	private final String label;

	ResponseSinceLast(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Optional<ResponseSinceLast> ofCode(String code) {
		return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
	}

}
