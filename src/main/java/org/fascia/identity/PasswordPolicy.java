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
 * composition rules, and not a commonly used or context-specific password. Pure: no Spring; it names each
 * {@link Problem}, and the callers word it from the message bundle ({@code identity.password.*}).
 */
@Pure
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	/** A reason a password is refused. */
	public enum Problem {

		/** No password at all. */
		EMPTY,
		/** Fewer than {@link #MIN_LENGTH} characters. */
		TOO_SHORT,
		/** More than {@link #MAX_LENGTH} characters. */
		TOO_LONG,
		/** On the list of the most commonly used passwords. */
		COMMON,
		/** One character repeated. */
		REPEATED,
		/** The account's email address (or the part before the @). */
		EMAIL

	}

	private final Set<String> common;

	PasswordPolicy(Set<String> common) {
		this.common = Set.copyOf(common);
	}

	/** The policy with the list shipped in {@code security/common-passwords.txt}. */
	public static PasswordPolicy standard() {
		return Holder.STANDARD;
	}

	/** Every reason this password is refused, in order; empty when it is fine. */
	public List<Problem> problems(String password, String email) {
		List<Problem> problems = new ArrayList<>();
		if (password == null || password.isEmpty()) {
			problems.add(Problem.EMPTY);
			return problems;
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			problems.add(Problem.TOO_SHORT);
		}
		if (length > MAX_LENGTH) {
			problems.add(Problem.TOO_LONG);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower)) {
			problems.add(Problem.COMMON);
		}
		else if (password.codePoints().distinct().count() == 1) {
			problems.add(Problem.REPEATED);
		}
		if (email != null && !email.isBlank()) {
			String mail = email.toLowerCase(Locale.ROOT).trim();
			String local = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
			if (lower.equals(mail) || (local.length() >= 4 && lower.equals(local))) {
				problems.add(Problem.EMAIL);
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
