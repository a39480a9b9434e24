package org.fascia.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.ApiProblem;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's API: creating and finding accounts. */
@Service
public class Accounts {

	private final Users users;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final Clock clock;

	Accounts(Users users, PasswordEncoder encoder, AuditLog audit, Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	public boolean ownerExists() {
		return users.anyWithRole(Role.OWNER);
	}

	public Optional<Account> find(long id) {
		return users.byId(id).map(Users.Row::account);
	}

	public Optional<Account> findByEmail(String email) {
		return users.byEmail(email).map(Users.Row::account);
	}

	/**
	 * Creates an account after checking the address and the password rules.
	 * @throws ApiProblem 400 naming the field, or 409 when the address is taken
	 */
	@Transactional
	public Account create(NewAccount request) {
		String email = Users.normalise(request.email());
		if (!EmailAddress.looksValid(email)) {
			throw ApiProblem.badRequest("email", "Enter a valid email address, like name@example.com.");
		}
		if (request.displayName() == null || request.displayName().isBlank()) {
			throw ApiProblem.badRequest("displayName", "Enter a name.");
		}
		if (request.displayName().length() > 200) {
			throw ApiProblem.badRequest("displayName", "Use at most 200 characters for the name.");
		}
		List<String> problems = PasswordPolicy.standard().problems(request.password(), email);
		if (!problems.isEmpty()) {
			throw ApiProblem.badRequest("password", String.join(" ", problems));
		}
		if (users.exists(email)) {
			throw ApiProblem.conflict("An account with this email address already exists.");
		}
		long id = users.insert(email, request.displayName(), encoder.encode(request.password()), request.role(),
				clock.instant());
		audit.record("ACCOUNT_CREATED", "user", id, AuditOutcome.SUCCESS, "role " + request.role());
		return new Account(id, email, request.displayName().trim(), request.role());
	}

}
