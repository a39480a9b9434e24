package org.fascia.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

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

	/** Every invalid field with a message a person can act on, in the order of the form; empty when valid. */
	Map<String, String> problems() {
		Map<String, String> errors = new LinkedHashMap<>();
		if (name == null || name.isEmpty()) {
			errors.put("name", "Please tell us your name.");
		}
		else if (name.length() > NAME_MAX) {
			errors.put("name", "Please keep your name to " + NAME_MAX + " characters.");
		}
		else if (name.chars().anyMatch(Character::isISOControl)) {
			errors.put("name", "Please write your name on one line.");
		}
		if (email == null || email.isEmpty()) {
			errors.put("email", "Please give an email address, so we can reply.");
		}
		else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
			errors.put("email", "This does not look like an email address: it should be like name@example.com.");
		}
		if (phone != null && !phone.isEmpty() && !PHONE.matcher(phone).matches()) {
			errors.put("phone", "Please give a phone number with digits only (spaces, + and brackets are fine), or leave it empty.");
		}
		if (message == null || message.isEmpty()) {
			errors.put("message", "Please write your message.");
		}
		else if (message.length() < MESSAGE_MIN) {
			errors.put("message", "Please tell us a little more (at least " + MESSAGE_MIN + " characters).");
		}
		else if (message.length() > MESSAGE_MAX) {
			errors.put("message", "Please keep your message to " + MESSAGE_MAX + " characters (it has " + message.length() + ").");
		}
		if (!Boolean.TRUE.equals(consent)) {
			errors.put("consent", "Please agree that we may contact you about your message: we cannot reply otherwise.");
		}
		return errors;
	}

	private static String trim(String value) {
		return value == null ? null : value.strip();
	}

}
