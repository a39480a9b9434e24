package org.fascia.clients;

import org.fascia.identity.Account;
import org.fascia.identity.Accounts;
import org.fascia.identity.NewAccount;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A new client signs up: an account and the client record behind it, in one transaction. */
@Service
public class ClientAccounts {

	public record SignUp(String firstName, String lastName, String email, String phone, String password) {
	}

	private final Accounts accounts;

	private final ClientDirectory clients;

	ClientAccounts(Accounts accounts, ClientDirectory clients) {
		this.accounts = accounts;
		this.clients = clients;
	}

	/**
	 * @throws ApiProblem 400 naming the field, or 409 when the address already has an account
	 */
	@Transactional
	public Account signUp(SignUp form) {
		String first = form.firstName() == null ? "" : form.firstName().strip();
		String last = form.lastName() == null ? "" : form.lastName().strip();
		if (first.isEmpty() || first.length() > 100) {
			throw ApiProblem.badRequest("firstName", "Enter your first name (at most 100 characters).");
		}
		if (last.isEmpty() || last.length() > 100) {
			throw ApiProblem.badRequest("lastName", "Enter your last name (at most 100 characters).");
		}
		String phone = form.phone() == null || form.phone().isBlank() ? null : form.phone().strip();
		if (phone != null && !phone.matches("^[0-9 +()\\-]{3,40}$")) {
			throw ApiProblem.badRequest("phone", "Use digits, spaces and + ( ) - only.");
		}
		Account account = accounts.create(new NewAccount(form.email(), first + " " + last, form.password(), Role.CLIENT));
		clients.create(account.id(), first, last, account.email(), phone);
		return account;
	}

}
