package org.fascia.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads the account behind a sign-in attempt; a lock that has run out no longer counts. */
@Component
class LoginUsers implements UserDetailsService {

	private final Users users;

	private final Clock clock;

	LoginUsers(Users users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		Users.Row row = users.byEmail(email).orElseThrow(() -> new UsernameNotFoundException("no such account"));
		return toUser(row);
	}

	FasciaUser toUser(Users.Row row) {
		return new FasciaUser(row.id(), row.email(), row.displayName(), row.role(), row.passwordHash(), row.enabled(),
				row.lockedAt(clock.instant()));
	}

}
