package org.fascia.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;

/**
 * Signs in an account that was just created in this request (after sign-up), the way a form sign-in
 * would: a new session id, the context stored in the session, and the sign-in audited.
 */
@Service
public class SessionSignIn {

	private final Users users;

	private final LoginUsers loginUsers;

	private final ApplicationEventPublisher events;

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	SessionSignIn(Users users, LoginUsers loginUsers, ApplicationEventPublisher events) {
		this.users = users;
		this.loginUsers = loginUsers;
		this.events = events;
	}

	public void signIn(long accountId, HttpServletRequest request, HttpServletResponse response) {
		FasciaUser user = loginUsers.toUser(users.byId(accountId).orElseThrow());
		user.eraseCredentials();
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(user,
				null, user.getAuthorities());
		// Callers sign in an account just created or confirmed, or one whose two-step code was just right.
		authentication.setDetails(TwoStep.CHECKED);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		repository.saveContext(context, request, response);
		events.publishEvent(new AuthenticationSuccessEvent(authentication));
	}

}
