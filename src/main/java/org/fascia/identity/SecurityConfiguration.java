package org.fascia.identity;

import org.fascia.platform.Words;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may reach what. Two chains: the JSON API (bearer tokens, stateless, problem+json errors) and
 * the pages (form sign-in, sessions in the database, CSRF). Both deny every path not listed here.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private static final String[] STAFF = { Role.OWNER.name(), Role.THERAPIST.name(), Role.FRONT_DESK.name() };

	private static final String[] CLINIC_SETUP = { "/api/v1/clinic", "/api/v1/rooms", "/api/v1/rooms/*",
			"/api/v1/services", "/api/v1/services/*", "/api/v1/therapists", "/api/v1/therapists/*",
			"/api/v1/therapists/*/working-hours", "/api/v1/therapists/*/services", "/api/v1/therapists/*/exceptions",
			"/api/v1/therapists/*/exceptions/*" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	@Bean
	AuthenticationManager authenticationManager(LoginUsers users, PasswordEncoder encoder,
			AuthenticationEventPublisher events) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(encoder);
		ProviderManager manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems,
			AuthenticationManager manager, Words words) throws Exception {
		http.securityMatcher("/api/**")
			.authenticationManager(manager)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/openapi.json", "/api/v1/openapi.json.yaml").permitAll()
				.requestMatchers("/api/v1/audit", "/api/v1/audit/**").hasRole(Role.OWNER.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/clients").hasAnyRole(STAFF)
				// Screening of answers sent in the request: stateless, staff only.
				.requestMatchers(HttpMethod.POST, "/api/v1/screening/evaluate").hasAnyRole(STAFF)
				// The massage recommendation for inputs sent in the request: stateless, staff only.
				.requestMatchers(HttpMethod.POST, "/api/v1/recommendation").hasAnyRole(STAFF)
				// A client's intake sent by a program (stored and screened) and their current screening: staff only.
				.requestMatchers(HttpMethod.POST, "/api/v1/clients/*/intake").hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.GET, "/api/v1/clients/*/screening").hasAnyRole(STAFF)
				// Self-care programs: the owner and the client's therapist read and assign (the therapist only for
				// clients they treat, checked in the care module); a client reads their own and ticks their own days.
				.requestMatchers(HttpMethod.GET, "/api/v1/clients/*/self-care")
				.hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name(), Role.CLIENT.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/clients/*/self-care").hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/self-care/*/done").hasRole(Role.CLIENT.name())
				// issue 7: family members: the people a client account acts for, and adding a child
				.requestMatchers(HttpMethod.GET, "/api/v1/family").hasRole(Role.CLIENT.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/family/children").hasRole(Role.CLIENT.name())
				// issue 6: instruments. Scoring and change are stateless (nothing about a client is read or stored):
				// staff; importing a definition file with the licensed item text: the owner.
				.requestMatchers(HttpMethod.POST, "/api/v1/instruments/*/score", "/api/v1/instruments/*/change")
				.hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.POST, "/api/v1/instruments").hasRole(Role.OWNER.name())
				// fhir-export (issue 6): a client's outcome measures as a FHIR R4 Bundle: the owner and the client's
				// therapist (checked in the outcomes module); never the front desk; a client's own export is issue 7.
				.requestMatchers(HttpMethod.GET, "/api/v1/clients/*/outcomes/fhir")
				.hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name())
				// issue 5: treatment and comfort log (charting): the owner and the client's therapist (checked in
				// charting); pain maps also for the client themself.
				.requestMatchers(HttpMethod.GET, "/api/v1/appointments/*/treatment-log")
				.hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/appointments/*/treatment-log")
				.hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name())
				.requestMatchers(HttpMethod.GET, "/api/v1/clients/*/pain-map")
				.hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name(), Role.CLIENT.name())
				// issue 5: care plans. The owner and the client's therapist create (checked in the care module);
				// a client reads only their own.
				.requestMatchers(HttpMethod.GET, "/api/v1/clients/*/care-plans")
				.hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name(), Role.CLIENT.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/clients/*/care-plans").hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name())
				// issue 5: session notes. The owner and therapists (a therapist only for the appointment's or
				// their own clients, checked in the charting module); never the front desk or a client.
				.requestMatchers(HttpMethod.GET, "/api/v1/appointments/*/note", "/api/v1/appointments/*/note/amendments")
				.hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/appointments/*/note", "/api/v1/appointments/*/note/sign",
						"/api/v1/appointments/*/note/amendments")
				.hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/appointment-series", "/api/v1/appointments/*/no-show")
				.hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.GET, "/api/v1/availability", "/api/v1/appointments", "/api/v1/appointments/*")
				.authenticated()
				.requestMatchers(HttpMethod.POST, "/api/v1/appointments", "/api/v1/appointments/*/cancel",
						"/api/v1/appointments/*/reschedule", "/api/v1/waitlist")
				.authenticated()
				// The clinic's set-up: staff read it, only the owner changes it.
				.requestMatchers(HttpMethod.GET, CLINIC_SETUP).hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.PUT, "/api/v1/clinic", "/api/v1/rooms/*", "/api/v1/services/*",
						"/api/v1/therapists/*", "/api/v1/therapists/*/working-hours", "/api/v1/therapists/*/services")
				.hasRole(Role.OWNER.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/rooms", "/api/v1/services", "/api/v1/therapists",
						"/api/v1/therapists/*/exceptions")
				.hasRole(Role.OWNER.name())
				.requestMatchers(HttpMethod.DELETE, "/api/v1/therapists/*/exceptions/*").hasRole(Role.OWNER.name())
				// issue 6 (branch outcome-dashboard): the clinic's MCID shares by visit 4, 6 and 10: the owner only.
				.requestMatchers(HttpMethod.GET, "/api/v1/reports/outcomes").hasRole(Role.OWNER.name())
				// branch staff-inbox (issue 7): the "Ask us" form for programs, without a token (rate-limited per address).
				.requestMatchers(HttpMethod.POST, "/api/v1/enquiries").permitAll()
				.anyRequest().denyAll())
			.addFilterBefore(new BearerTokenFilter(tokens, problems, words), AnonymousAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.requireExplicitSave(true))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> problems.write(response, 401,
						words.text("identity.problem.bearerRequired")))
				.accessDeniedHandler((request, response, ex) -> problems.write(response,
						request.getUserPrincipal() == null ? 401 : 403,
						request.getUserPrincipal() == null ? words.text("platform.problem.unauthorized")
								: words.text("platform.problem.forbidden"))))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, ApiTokens tokens, ProblemResponses problems,
			AuthenticationManager manager, LoginAttempts attempts, TwoStep twoStep, java.time.Clock clock,
			Words words) throws Exception {
		SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
		signedIn.setDefaultTargetUrl("/home");
		// branch client-accounts: with two-step sign-in on, the right password only leads to the code page;
		// the session is not signed in (its security context is emptied) until the code is right.
		org.springframework.security.web.context.SecurityContextRepository contexts =
				new org.springframework.security.web.context.DelegatingSecurityContextRepository(
						new org.springframework.security.web.context.RequestAttributeSecurityContextRepository(),
						new org.springframework.security.web.context.HttpSessionSecurityContextRepository());
		org.springframework.security.web.authentication.AuthenticationSuccessHandler success = (request, response,
				authentication) -> {
			if (authentication.getPrincipal() instanceof FasciaUser user && twoStep.enabled(user.id())) {
				org.springframework.security.core.context.SecurityContext empty =
						org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
				org.springframework.security.core.context.SecurityContextHolder.setContext(empty);
				contexts.saveContext(empty, request, response);
				request.getSession().setAttribute(TwoStepPages.PENDING,
						new TwoStepPages.Pending(user.id(), clock.instant().plus(TwoStepPages.PENDING_FOR)));
				response.sendRedirect(request.getContextPath() + "/login/two-step");
				return;
			}
			signedIn.onAuthenticationSuccess(request, response, authentication);
		};
		http.authenticationManager(manager)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/", "/setup", "/login", "/password/forgot", "/password/reset", "/error").permitAll()
				// branch client-accounts (issue 7): a client's own sign-up, the email confirmation link and a new
				// link; the second step of sign-in (its session holds only "password accepted", not a sign-in).
				.requestMatchers(HttpMethod.GET, "/signup", "/signup/sent", "/signup/verify").permitAll()
				.requestMatchers(HttpMethod.POST, "/signup", "/signup/verify", "/signup/resend").permitAll()
				.requestMatchers(HttpMethod.GET, "/login/two-step").permitAll()
				.requestMatchers(HttpMethod.POST, "/login/two-step").permitAll()
				// Communication preferences: a client's own (the page is under /account).
				.requestMatchers(HttpMethod.GET, "/account/communication").hasRole(Role.CLIENT.name())
				.requestMatchers(HttpMethod.POST, "/account/communication").hasRole(Role.CLIENT.name())
				.requestMatchers(HttpMethod.GET, "/book", "/book/*", "/book/*/confirm").permitAll()
				.requestMatchers(HttpMethod.POST, "/book/*/account").permitAll()
				// The public self-check "Which massage is right for my back?": nothing stored, CSRF stays on.
				.requestMatchers(HttpMethod.GET, "/which-massage").permitAll()
				// branch site-content (issue 7): the public site's pages, articles, FAQ, feed, sitemap, robots.txt and
				// therapists' photos: read by anyone. Writing articles and uploading photos is under /admin/** (owner).
				.requestMatchers(HttpMethod.GET, "/services", "/services/*", "/therapists", "/therapists/*",
						"/therapists/*/photo", "/visit", "/articles", "/articles/*", "/faq", "/sitemap.xml", "/robots.txt")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/which-massage").permitAll()
				// branch staff-inbox (issue 7): the public "Ask us" form (CSRF on, rate-limited per address) and the staff
				// inbox: every staff role sees its own items (checked per source); enquiries and replies: owner and front desk.
				.requestMatchers(HttpMethod.GET, "/contact", "/contact/thanks").permitAll()
				.requestMatchers(HttpMethod.POST, "/contact").permitAll()
				.requestMatchers(HttpMethod.GET, "/inbox").hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.POST, "/inbox/done").hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.GET, "/inbox/enquiries/*").hasAnyRole(Role.OWNER.name(), Role.FRONT_DESK.name())
				.requestMatchers(HttpMethod.POST, "/inbox/enquiries/*/reply").hasAnyRole(Role.OWNER.name(), Role.FRONT_DESK.name())
				// end branch staff-inbox
				// issue 5: the follow-up after a session, opened from its single-use email link without a password
				.requestMatchers(HttpMethod.GET, "/follow-up").permitAll()
				.requestMatchers(HttpMethod.POST, "/follow-up").permitAll()
				// issue 6: a questionnaire round opened from its single-use email link without a password
				.requestMatchers(HttpMethod.GET, "/outcomes/answer").permitAll()
				.requestMatchers(HttpMethod.POST, "/outcomes/answer").permitAll()
				.requestMatchers(HttpMethod.GET, "/book/*/confirm/sign-in").hasRole(Role.CLIENT.name())
				.requestMatchers(HttpMethod.POST, "/book/*/confirm", "/book/*/waitlist").hasRole(Role.CLIENT.name())
				.requestMatchers("/appointments/manage", "/appointments/manage/*").permitAll()
				.requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico").permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/actuator/**").hasRole(Role.OWNER.name())
				// The self-care library: the owner and therapists keep it. Listed before the owner's /admin/** rule.
				.requestMatchers(HttpMethod.GET, "/admin/self-care", "/admin/self-care/new", "/admin/self-care/*")
				.hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name())
				.requestMatchers(HttpMethod.POST, "/admin/self-care/new", "/admin/self-care/*", "/admin/self-care/*/active")
				.hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name())
				// issue 5: self-care pictures (uploaded by owner and therapists, seen by anyone signed in)
				.requestMatchers(HttpMethod.POST, "/admin/self-care/*/image", "/admin/self-care/*/image/remove")
				.hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name())
				.requestMatchers(HttpMethod.GET, "/self-care/images/*").authenticated()
				// A client's self-care program: the owner and the client's therapist (never the front desk).
				.requestMatchers(HttpMethod.GET, "/clients/*/self-care").hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name())
				.requestMatchers(HttpMethod.POST, "/clients/*/self-care", "/clients/*/self-care/*/remove")
				.hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name())
				// The client's own program and ticks in the portal.
				.requestMatchers(HttpMethod.GET, "/portal/self-care").hasRole(Role.CLIENT.name())
				.requestMatchers(HttpMethod.POST, "/portal/self-care/*/days", "/portal/self-care/reminders")
				.hasRole(Role.CLIENT.name())
				// issue 6: instruments. The owner's page listing them and importing a definition file.
				.requestMatchers(HttpMethod.GET, "/admin/instruments").hasRole(Role.OWNER.name())
				.requestMatchers(HttpMethod.POST, "/admin/instruments").hasRole(Role.OWNER.name())
				// issue 6 (branch outcome-dashboard): the clinic's outcome dashboard, the owner only (as all of /admin/**).
				.requestMatchers(HttpMethod.GET, "/admin/outcomes").hasRole(Role.OWNER.name())
				// issue 5: body map and treatment log (charting): the log of an appointment for the owner and the
				// client's therapist (checked in charting), never the front desk; the client's own pain map.
				.requestMatchers(HttpMethod.GET, "/appointments/*/treatment-log").hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name())
				.requestMatchers(HttpMethod.POST, "/appointments/*/treatment-log").hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name())
				.requestMatchers(HttpMethod.GET, "/portal/pain-map").hasRole(Role.CLIENT.name())
				.requestMatchers(HttpMethod.POST, "/portal/pain-map").hasRole(Role.CLIENT.name())
				// issue 5: consultations and care plans: the owner and the client's therapist (never the front desk);
				// the client's own plan in the portal.
				.requestMatchers(HttpMethod.GET, "/clients/*/consultation", "/clients/*/care-plans/new", "/clients/*/care-plans/*")
				.hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name())
				.requestMatchers(HttpMethod.POST, "/clients/*/consultation", "/clients/*/care-plans/new",
						"/clients/*/care-plans/*/book")
				.hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name())
				.requestMatchers(HttpMethod.GET, "/portal/plan").hasRole(Role.CLIENT.name())
				// issue 5: session notes. The note page, its autosave, signing and amendments, and the to-do list
				// of unsigned notes: the owner and therapists (checked per appointment in charting). Note templates
				// are the owner's (under /admin/**). A client reads the summaries of their own signed sessions.
				.requestMatchers(HttpMethod.GET, "/appointments/*/note", "/todo").hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name())
				.requestMatchers(HttpMethod.POST, "/appointments/*/note", "/appointments/*/note/draft",
						"/appointments/*/note/sign", "/appointments/*/note/amendments")
				.hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name())
				.requestMatchers(HttpMethod.GET, "/portal/sessions").hasRole(Role.CLIENT.name())
				// branch your-data (issue 7): a visit's payment and receipt: the front desk and the owner (not
				// therapists: money is not their part, and a receipt names the client). Portal receipts, documents
				// and "your data" fall under /portal/** (the client, own only); erasure requests under /admin/**.
				.requestMatchers(HttpMethod.GET, "/clients/*/appointments/*/payment", "/clients/*/appointments/*/receipt.pdf")
				.hasAnyRole(Role.OWNER.name(), Role.FRONT_DESK.name())
				.requestMatchers(HttpMethod.POST, "/clients/*/appointments/*/payment", "/clients/*/appointments/*/payment/void")
				.hasAnyRole(Role.OWNER.name(), Role.FRONT_DESK.name())
				.requestMatchers("/admin/**").hasRole(Role.OWNER.name())
				.requestMatchers("/dashboard", "/clients", "/clients/*").hasAnyRole(STAFF)
				// Consent: signing on the front-desk tablet, signed snapshots and their signature images.
				.requestMatchers(HttpMethod.GET, "/clients/*/consent", "/clients/*/consents/*",
						"/clients/*/consents/*/signature.png")
				.hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.POST, "/clients/*/consent").hasAnyRole(STAFF)
				// Staff enter a client's paper intake form and read submitted responses.
				.requestMatchers(HttpMethod.GET, "/clients/*/intake", "/clients/*/intake/review", "/clients/*/intake/done",
						"/clients/*/intake/responses/*")
				.hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.POST, "/clients/*/intake", "/clients/*/intake/submit").hasAnyRole(STAFF)
				// A client's screening, clearances, the physician's letter and scanned replies: staff only.
				.requestMatchers(HttpMethod.GET, "/clients/*/screening", "/clients/*/screening/letter.pdf",
						"/clients/*/screening/clearances/*/document")
				.hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.POST, "/clients/*/screening/clearances",
						"/clients/*/screening/clearances/*/withdraw")
				.hasAnyRole(STAFF)
				// A therapist's private iCalendar feed: the secret in the URL is the credential. Listed
				// before the calendar's staff rule, which would otherwise match it first.
				.requestMatchers(HttpMethod.GET, "/calendar/feeds/*").permitAll()
				.requestMatchers(HttpMethod.HEAD, "/calendar/feeds/*").permitAll()
				.requestMatchers("/calendar/feed", "/calendar/feed/**").hasAnyRole(Role.OWNER.name(), Role.THERAPIST.name())
				// The front desk's check-in on the appointment panel ("has anything changed?"): staff.
				.requestMatchers(HttpMethod.GET, "/calendar/appointments/*/health-check").hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.POST, "/calendar/appointments/*/health-check").hasAnyRole(STAFF)
				.requestMatchers("/calendar", "/calendar/**").hasAnyRole(STAFF)
				.requestMatchers("/portal", "/portal/**").hasRole(Role.CLIENT.name())
				.requestMatchers("/home", "/account", "/account/**").authenticated()
				.anyRequest().denyAll())
			.addFilterBefore(new BearerTokenFilter(tokens, problems, words), AnonymousAuthenticationFilter.class)
			// branch client-accounts: too many failed sign-ins from one IP address: 429 before trying.
			.addFilterBefore(new SignInThrottle(attempts),
					org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.successHandler(success)
				.failureHandler((request, response, ex) -> response.sendRedirect(
						attempts.isLocked(request.getParameter("email")) ? "/login?locked" : "/login?error"))
				.permitAll())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login?required")))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), payment=()")));
		return http.build();
	}

}
