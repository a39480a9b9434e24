package org.fascia.identity;

import java.util.List;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.stereotype.Component;

/** {@link PasswordPolicy}'s problems worded from the message bundle, for every place that sets a password. */
@Component
class PasswordRules {

	private final Words words;

	PasswordRules(Words words) {
		this.words = words;
	}

	/** @throws ApiProblem 400 on {@code password}, naming every reason the password is refused, one sentence each */
	void check(String password, String email) {
		List<PasswordPolicy.Problem> problems = PasswordPolicy.standard().problems(password, email);
		if (!problems.isEmpty()) {
			throw ApiProblem.badRequest("password", String.join(" ", problems.stream().map(this::text).toList()));
		}
	}

	String text(PasswordPolicy.Problem problem) {
		return switch (problem) {
			case EMPTY -> words.text("identity.password.empty");
			case TOO_SHORT -> words.text("identity.password.tooShort", String.valueOf(PasswordPolicy.MIN_LENGTH));
			case TOO_LONG -> words.text("identity.password.tooLong", String.valueOf(PasswordPolicy.MAX_LENGTH));
			case COMMON -> words.text("identity.password.common");
			case REPEATED -> words.text("identity.password.repeated");
			case EMAIL -> words.text("identity.password.email");
		};
	}

}
