package org.fascia.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and locks the account for {@link #LOCK} after
 * {@link #MAX_FAILURES} in a row; audits sign-in, failure, lockout and sign-out.
 */
@Component
class LoginAttempts {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	private final Users users;

	private final AuditLog audit;

	private final Clock clock;

	/** branch client-accounts: failed sign-ins per IP address (any account), and for unknown addresses. */
	private final org.fascia.platform.RateLimits.Limit failuresPerIp;

	private final org.fascia.platform.RateLimits.Limit unknownAddressFailures;

	private final TwoStep twoStep;

	LoginAttempts(Users users, AuditLog audit, Clock clock, org.fascia.platform.RateLimits limits, TwoStep twoStep) {
		this.twoStep = twoStep;
		this.failuresPerIp = limits.define("sign-in-failures-ip", 50, Duration.ofMinutes(15));
		// An unknown address "locks" after as many failures as a real account, so the answers match.
		this.unknownAddressFailures = limits.define("sign-in-failures-unknown-email", MAX_FAILURES, LOCK);
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String email = Users.normalise(event.getAuthentication().getName());
		if (event.getAuthentication().getDetails() instanceof org.springframework.security.web.authentication.WebAuthenticationDetails web
				&& web.getRemoteAddress() != null) {
			failuresPerIp.tryConsume(web.getRemoteAddress());
		}
		Optional<Users.Row> user = users.byEmail(email);
		if (user.isEmpty()) {
			unknownAddressFailures.tryConsume(email);
			audit.recordAs(email, null, "SIGN_IN_FAILED", "user", null, AuditOutcome.FAILURE, "unknown account");
			return;
		}
		Users.Row row = user.get();
		int failures = users.recordFailure(row.id());
		audit.recordAs(row.email(), row.role().name(), "SIGN_IN_FAILED", "user", row.id(), AuditOutcome.FAILURE,
				"wrong password, failure " + failures + " of " + MAX_FAILURES);
		if (failures >= MAX_FAILURES) {
			Instant until = clock.instant().plus(LOCK);
			users.lockUntil(row.id(), until);
			audit.recordAs(row.email(), row.role().name(), "ACCOUNT_LOCKED", "user", row.id(), AuditOutcome.SUCCESS,
					"locked until " + until);
		}
	}

	@EventListener
	void locked(AuthenticationFailureLockedEvent event) {
		String email = Users.normalise(event.getAuthentication().getName());
		Optional<Users.Row> row = users.byEmail(email);
		audit.recordAs(email, row.map(r -> r.role().name()).orElse(null), "SIGN_IN_FAILED", "user",
				row.map(Users.Row::id).orElse(null), AuditOutcome.DENIED, "account locked");
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof FasciaUser user) {
			users.clearFailures(user.id());
			// The password of a two-step account (form or API): the code is still to come, or checked next.
			if (event.getAuthentication().getDetails() != TwoStep.CHECKED && twoStep.enabled(user.id())) {
				audit.recordAs(user.getUsername(), user.role().name(), "SIGN_IN_PASSWORD_ACCEPTED", "user", user.id(),
						AuditOutcome.SUCCESS, "two-step code asked for");
				return;
			}
			audit.recordAs(user.getUsername(), user.role().name(), "SIGN_IN", "user", user.id(), AuditOutcome.SUCCESS,
					null);
		}
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof FasciaUser user) {
			audit.recordAs(user.getUsername(), user.role().name(), "SIGN_OUT", "user", user.id(), AuditOutcome.SUCCESS,
					null);
		}
	}

	/**
	 * Whether the account behind this address is locked right now (for the sign-in page's message). An
	 * address without an account answers as one would after as many failures, so the message tells
	 * nobody whether an account exists.
	 */
	boolean isLocked(String email) {
		return users.byEmail(email).map(row -> row.lockedAt(clock.instant()))
			.orElseGet(() -> unknownAddressFailures.exhausted(Users.normalise(email)));
	}

	/** Whether this IP address has failed to sign in too often lately (answered with 429 before trying). */
	boolean tooManyFailuresFrom(String ip) {
		return ip != null && failuresPerIp.exhausted(ip);
	}

	/** Counts a failed sign-in from this IP address (for callers outside the form, e.g. the API). */
	void failedFrom(String ip) {
		if (ip != null) {
			failuresPerIp.tryConsume(ip);
		}
	}

}
