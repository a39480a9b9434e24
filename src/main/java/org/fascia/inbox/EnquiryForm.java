package org.fascia.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.fascia.platform.Words;

/**
 * What the "Ask us" form (or the API) sends. {@code website} is the honeypot: a field hidden from people and from
 * assistive technology, which only robots fill in.
 */
public record EnquiryForm(String name, String email, String phone, String message, Boolean consent, String website) {

	static final int NAME_MAX = 120;

	static final int EMAIL_MAX = 254;

	static final int PHONE_MAX = 40;

	static final int MESSAGE_MIN = 10;

	static final int MESSAGE_MAX = 5000;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{6,40}$");

	EnquiryForm trimmed() {
		return new EnquiryForm(trim(name), trim(email), trim(phone), message == null ? null : message.strip(), consent,
				website);
	}

	boolean robot() {
		return website != null && !website.isBlank();
	}

	/**
	 * Every invalid field with a message a person can act on (from the bundle), in the order of the form; empty when
	 * valid.
	 */
	Map<String, String> problems(Words words) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (name == null || name.isEmpty()) {
			errors.put("name", words.text("inbox.form.name"));
		}
		else if (name.length() > NAME_MAX) {
			errors.put("name", words.text("inbox.form.nameTooLong", String.valueOf(NAME_MAX)));
		}
		else if (name.chars().anyMatch(Character::isISOControl)) {
			errors.put("name", words.text("inbox.form.nameOneLine"));
		}
		if (email == null || email.isEmpty()) {
			errors.put("email", words.text("inbox.form.email"));
		}
		else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
			errors.put("email", words.text("inbox.form.emailInvalid"));
		}
		if (phone != null && !phone.isEmpty() && !PHONE.matcher(phone).matches()) {
			errors.put("phone", words.text("inbox.form.phone"));
		}
		if (message == null || message.isEmpty()) {
			errors.put("message", words.text("inbox.form.message"));
		}
		else if (message.length() < MESSAGE_MIN) {
			errors.put("message", words.text("inbox.form.messageTooShort", String.valueOf(MESSAGE_MIN)));
		}
		else if (message.length() > MESSAGE_MAX) {
			errors.put("message", words.text("inbox.form.messageTooLong", String.valueOf(MESSAGE_MAX),
					String.valueOf(message.length())));
		}
		if (!Boolean.TRUE.equals(consent)) {
			errors.put("consent", words.text("inbox.form.consent"));
		}
		return errors;
	}

	private static String trim(String value) {
		return value == null ? null : value.strip();
	}

}
