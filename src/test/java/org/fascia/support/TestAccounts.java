package org.fascia.support;

import java.util.UUID;

import org.fascia.clinic.FirstStart;
import org.fascia.identity.Account;
import org.fascia.identity.Accounts;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.NewAccount;
import org.fascia.identity.Role;
import org.springframework.stereotype.Component;

/** Creates the clinic (once per context) and accounts with unique addresses, through the real APIs. */
@Component
public class TestAccounts {

	public static final String PASSWORD = "a long test passphrase";

	private final FirstStart firstStart;

	private final Accounts accounts;

	public TestAccounts(FirstStart firstStart, Accounts accounts) {
		this.firstStart = firstStart;
		this.accounts = accounts;
	}

	public synchronized void ensureClinic() {
		if (!firstStart.isDone()) {
			firstStart.setUp("Test Clinic", "Europe/London", "Test Owner", unique("owner"), PASSWORD);
		}
	}

	public Account create(Role role) {
		ensureClinic();
		return accounts.create(new NewAccount(unique(role.name().toLowerCase()), "Test " + role, PASSWORD, role));
	}

	public FasciaUser principal(Role role) {
		Account account = create(role);
		return new FasciaUser(account.id(), account.email(), account.displayName(), role, null, true, false);
	}

	public static String unique(String prefix) {
		return prefix.replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.fascia.dev";
	}

}
