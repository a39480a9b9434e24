package org.fascia.clients;

import java.util.Optional;

import org.fascia.clinic.Clinic;
import org.fascia.clinic.ClinicSettings;
import org.fascia.identity.Account;
import org.fascia.identity.Accounts;
import org.fascia.identity.NewAccount;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new client signs up: an account (its address not yet confirmed) and the client record behind it, and
 * the confirmation mail, in one transaction. See {@link Accounts#signUp} for an address that is taken.
 */
@Service
public class ClientAccounts {

	public record SignUp(String firstName, String lastName, String email, String phone, String password) {
	}

	private final Accounts accounts;

	private final ClientDirectory clients;

	private final ClinicSettings clinic;

	private final org.fascia.platform.RateLimits.Limit perAddress;

	private final org.fascia.platform.RateLimits.Limit perIp;

	private final Words words;

	ClientAccounts(Accounts accounts, ClientDirectory clients, ClinicSettings clinic,
			org.fascia.platform.RateLimits limits, Words words) {
		this.words = words;
		this.perAddress = limits.define("sign-up-email", 3, java.time.Duration.ofHours(1));
		this.perIp = limits.define("sign-up-ip", 10, java.time.Duration.ofHours(1));
		this.accounts = accounts;
		this.clients = clients;
		this.clinic = clinic;
	}

	/**
	 * Sign-up that never tells whether the address already had an account: empty when it had (its owner
	 * is mailed instead), the new, unconfirmed account otherwise. Either way the caller answers "check your
	 * inbox". {@code nextPath} is where the confirmation link leads afterwards (a local path, or null).
	 * @throws ApiProblem 400 naming the field
	 */
	@Transactional
	public Optional<Account> register(SignUp form, boolean privacyAccepted, String nextPath) {
		return register(form, privacyAccepted, nextPath, null);
	}

	/**
	 * As {@link #register(SignUp, boolean, String)}, counted against the sign-up limits of the address
	 * (3 an hour) and, when given, of the caller's IP address (10 an hour).
	 * @throws org.fascia.platform.RateLimits.TooManyRequests when a limit is reached (nothing is written)
	 */
	@Transactional
	public Optional<Account> register(SignUp form, boolean privacyAccepted, String nextPath, String clientIp) {
		if (clientIp != null) {
			perIp.consume(clientIp);
		}
		if (form.email() != null && !form.email().isBlank()) {
			perAddress.consume(form.email());
		}
		String first = form.firstName() == null ? "" : form.firstName().strip();
		String last = form.lastName() == null ? "" : form.lastName().strip();
		if (first.isEmpty() || first.length() > 100) {
			throw ApiProblem.badRequest("firstName", words.text("clients.problem.firstName"));
		}
		if (last.isEmpty() || last.length() > 100) {
			throw ApiProblem.badRequest("lastName", words.text("clients.problem.lastName"));
		}
		String phone = form.phone() == null || form.phone().isBlank() ? null : form.phone().strip();
		if (phone != null && !phone.matches("^[0-9 +()\\-]{3,40}$")) {
			throw ApiProblem.badRequest("phone", words.text("clients.problem.phone"));
		}
		if (!privacyAccepted) {
			throw ApiProblem.badRequest("privacy", words.text("clients.problem.privacy"));
		}
		String clinicName = clinic.current().map(Clinic::name).orElse("Fascia");
		Optional<Account> account = accounts.signUp(
				new NewAccount(form.email(), first + " " + last, form.password(), Role.CLIENT), clinicName, nextPath);
		account.ifPresent(created -> {
			long clientId = clients.create(created.id(), first, last, created.email(), phone);
			clients.privacyAccepted(clientId);
		});
		return account;
	}

	/**
	 * Sign-up for callers that may learn the address was taken (tests, staff tools): as {@link #register},
	 * the privacy notice agreed to.
	 * @throws ApiProblem 400 naming the field, or 409 when the address already has an account
	 */
	@Transactional
	public Account signUp(SignUp form) {
		return register(form, true, null)
			.orElseThrow(() -> ApiProblem.conflict(words.text("identity.account.problem.taken")));
	}

}
