package org.fascia.clinic;

/** Optional texts (descriptions, bios, notes) are stored stripped, and as null when blank. */
final class Text {

	private Text() {
	}

	static String orNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
