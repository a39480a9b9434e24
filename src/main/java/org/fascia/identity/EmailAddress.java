package org.fascia.identity;

import java.util.regex.Pattern;

/** A deliberately plain check: something@domain.tld, no spaces, at most 254 characters. */
final class EmailAddress {

	private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private EmailAddress() {
	}

	static boolean looksValid(String email) {
		return email != null && email.length() <= 254 && SHAPE.matcher(email).matches();
	}

}
