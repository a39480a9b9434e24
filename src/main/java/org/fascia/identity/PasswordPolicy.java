package org.fascia.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.fascia.platform.Pure;

/**
 * Password rules in the spirit of NIST SP 800-63B §5.1.1.2: at least 12 characters, at most 128, no
 * composition rules, and not a commonly used or context-specific password. Pure: no Spring.
 */
@Pure
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy(Set<String> common) {
		this.common = Set.copyOf(common);
	}

	/** The policy with the list shipped in {@code security/common-passwords.txt}. */
	public static PasswordPolicy standard() {
		return Holder.STANDARD;
	}

	/** Every reason this password is refused, in words a person can act on; empty when it is fine. */
	public List<String> problems(String password, String email) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.isEmpty()) {
			problems.add("Enter a password.");
			return problems;
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			problems.add("Use at least " + MIN_LENGTH + " characters; a short phrase of several words works well.");
		}
		if (length > MAX_LENGTH) {
			problems.add("Use at most " + MAX_LENGTH + " characters.");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower)) {
			problems.add("This password is one of the most commonly used ones; choose another.");
		}
		else if (password.codePoints().distinct().count() == 1) {
			problems.add("A password of one repeated character is too easy to guess.");
		}
		if (email != null && !email.isBlank()) {
			String mail = email.toLowerCase(Locale.ROOT).trim();
			String local = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
			if (lower.equals(mail) || (local.length() >= 4 && lower.equals(local))) {
				problems.add("Do not use your email address as your password.");
			}
		}
		return problems;
	}

	private static final class Holder {

		static final PasswordPolicy STANDARD = new PasswordPolicy(load());

		private static Set<String> load() {
			try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
				if (in == null) {
					throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
				}
				Set<String> words = new HashSet<>();
				new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
					.filter(line -> !line.isBlank() && !line.startsWith("#"))
					.forEach(line -> words.add(line.strip().toLowerCase(Locale.ROOT)));
				return words;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
