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

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	public TestAccounts(FirstStart firstStart, Accounts accounts, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.firstStart = firstStart;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/**
	 * Follows the newest confirmation link mailed to this address (read from the outbox), as the client
	 * would after signing up (branch client-accounts: a client books once the address is confirmed).
	 */
	public void confirmEmail(String email) {
		String body = jdbc.sql("select body_text from mail_outbox where recipient = :to and subject like 'Confirm your email%' order by id desc")
			.param("to", email.toLowerCase(java.util.Locale.ROOT))
			.query(String.class)
			.list()
			.get(0);
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("/signup/verify\\?token=([A-Za-z0-9_-]+)").matcher(body);
		if (!link.find() || accounts.confirmEmail(link.group(1)).isEmpty()) {
			throw new IllegalStateException("no usable confirmation link was mailed to " + email);
		}
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
