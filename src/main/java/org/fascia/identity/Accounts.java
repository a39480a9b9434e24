package org.fascia.identity;

import org.fascia.platform.Secrets;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's API: creating, inviting and finding accounts. */
@Service
public class Accounts {

	private final Users users;

	private final PasswordEncoder encoder;

	private final PasswordResets links;

	private final AuditLog audit;

	private final Clock clock;

	private final EmailVerifications verifications;

	private final TwoStep twoStep;

	private final PasswordRules passwords;

	private final Words words;

	Accounts(Users users, PasswordEncoder encoder, PasswordResets links, AuditLog audit, Clock clock,
			EmailVerifications verifications, TwoStep twoStep, PasswordRules passwords, Words words) {
		this.twoStep = twoStep;
		this.passwords = passwords;
		this.words = words;
		this.verifications = verifications;
		this.users = users;
		this.encoder = encoder;
		this.links = links;
		this.audit = audit;
		this.clock = clock;
	}

	public boolean ownerExists() {
		return users.anyWithRole(Role.OWNER);
	}

	public Optional<Account> find(long id) {
		return users.byId(id).map(Users.Row::account);
	}

	/** Enabled accounts with any of these roles (e.g. whom to alert at the clinic), oldest first. */
	public List<Account> withRoles(java.util.Set<Role> roles) {
		return roles.isEmpty() ? List.of() : users.enabledWithRoles(roles).stream().map(Users.Row::account).toList();
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
		String email = checkedEmail(request.email(), request.displayName());
		passwords.check(request.password(), email);
		return insert(email, request.displayName(), request.password(), request.role(), "role " + request.role());
	}

	/**
	 * Creates an account without a usable password and emails its owner a welcome with a single-use
	 * link to choose one, valid 7 days. The mail is written in the caller's transaction.
	 * @throws ApiProblem 400 naming the field, or 409 when the address is taken
	 */
	@Transactional
	public Account invite(NewInvitation invitation) {
		String email = checkedEmail(invitation.email(), invitation.displayName());
		// Nobody knows this password: the account opens only through the emailed link.
		Account account = insert(email, invitation.displayName(), Secrets.newSecret(""), invitation.role(),
				"role " + invitation.role() + ", invited");
		links.invite(account, invitation.clinicName());
		return account;
	}

	/** A confirmed email link: the account, and the local path to continue at (or null). */
	public record EmailConfirmation(Account account, String nextPath) {
	}

	/**
	 * Self sign-up (branch client-accounts): checks the address, name and password, then creates the account
	 * with its address not yet confirmed and mails a confirmation link, valid 24 hours, in the caller's
	 * transaction. When the address already has an account, nothing is created: its owner is mailed a note
	 * ("sign in or reset your password") and the answer is empty, so the caller can answer exactly as for a
	 * new account and nobody learns which addresses have accounts.
	 * @throws ApiProblem 400 naming the field (these checks do not depend on existing accounts)
	 */
	@Transactional
	public Optional<Account> signUp(NewAccount request, String clinicName, String nextPath) {
		String email = checkedEmail(request.email(), request.displayName());
		passwords.check(request.password(), email);
		Optional<Users.Row> existing = users.byEmail(email);
		if (existing.isPresent()) {
			// Hash anyway, so both answers take about as long.
			encoder.encode(request.password());
			verifications.warnOwner(existing.get(), clinicName);
			return Optional.empty();
		}
		long id = users.insert(email, request.displayName(), encoder.encode(request.password()), request.role(),
				clock.instant(), null);
		audit.record("ACCOUNT_CREATED", "user", id, AuditOutcome.SUCCESS, "role " + request.role() + ", signed up");
		verifications.send(users.byId(id).orElseThrow(), clinicName, nextPath);
		return Optional.of(new Account(id, email, request.displayName().trim(), request.role()));
	}

	/** Spends a confirmation link and marks the address confirmed; empty when it expired or was used. */
	@Transactional
	public Optional<EmailConfirmation> confirmEmail(String token) {
		return verifications.verify(token).map(v -> new EmailConfirmation(v.account(), v.nextPath()));
	}

	public boolean confirmationLinkUsable(String token) {
		return verifications.usable(token);
	}

	/** Whether the account's email address is confirmed (accounts made by staff always are). */
	public boolean emailVerified(long accountId) {
		return users.byId(accountId).map(row -> row.emailVerifiedAt() != null).orElse(false);
	}

	/** Whether the account asks for a two-step code after the password. */
	public boolean twoStepEnabled(long accountId) {
		return twoStep.enabled(accountId);
	}

	/** Mails a new confirmation link if the address has an unconfirmed account; says nothing either way. */
	@Transactional
	public void resendConfirmation(String email, String clinicName) {
		users.byEmail(email)
			.filter(row -> row.emailVerifiedAt() == null)
			.ifPresent(row -> verifications.send(row, clinicName, null));
	}

	private String checkedEmail(String address, String displayName) {
		String email = Users.normalise(address);
		if (!EmailAddress.looksValid(email)) {
			throw ApiProblem.badRequest("email", words.text("identity.account.problem.email"));
		}
		if (displayName == null || displayName.isBlank()) {
			throw ApiProblem.badRequest("displayName", words.text("identity.account.problem.name"));
		}
		if (displayName.length() > 200) {
			throw ApiProblem.badRequest("displayName", words.text("identity.account.problem.nameTooLong"));
		}
		return email;
	}

	private Account insert(String email, String displayName, String password, Role role, String detail) {
		if (users.exists(email)) {
			throw ApiProblem.conflict(words.text("identity.account.problem.taken"));
		}
		long id = users.insert(email, displayName, encoder.encode(password), role, clock.instant());
		audit.record("ACCOUNT_CREATED", "user", id, AuditOutcome.SUCCESS, detail);
		return new Account(id, email, displayName.trim(), role);
	}

}
