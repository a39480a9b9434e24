package org.fascia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.fascia.clients.ClientDirectory;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every role against every page and API path that exists: denied by default, allowed as designed.
 * A second test fails when a new endpoint appears that this table does not cover.
 */
@FasciaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTest {

	enum Who {

		ANONYMOUS, CLIENT, FRONT_DESK, THERAPIST, OWNER

	}

	record Case(HttpMethod method, String path, Set<Who> allowed) {

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

	private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);

	private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));

	private static final Set<Who> STAFF = EnumSet.of(Who.FRONT_DESK, Who.THERAPIST, Who.OWNER);

	private static final Set<Who> OWNER = EnumSet.of(Who.OWNER);

	private static final Set<Who> OWNER_OR_THERAPIST = EnumSet.of(Who.OWNER, Who.THERAPIST);

	private static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);

	static List<Case> cases() {
		return List.of(
				new Case(HttpMethod.GET, "/", EVERYONE),
				new Case(HttpMethod.GET, "/setup", EVERYONE),
				new Case(HttpMethod.POST, "/setup", EVERYONE),
				new Case(HttpMethod.GET, "/login", EVERYONE),
				new Case(HttpMethod.GET, "/password/forgot", EVERYONE),
				new Case(HttpMethod.POST, "/password/forgot", EVERYONE),
				new Case(HttpMethod.GET, "/password/reset", EVERYONE),
				new Case(HttpMethod.POST, "/password/reset", EVERYONE),
				new Case(HttpMethod.GET, "/error", EVERYONE),
				new Case(HttpMethod.GET, "/home", SIGNED_IN),
				new Case(HttpMethod.GET, "/account", SIGNED_IN),
				new Case(HttpMethod.POST, "/account/tokens", SIGNED_IN),
				new Case(HttpMethod.POST, "/account/tokens/999999/revoke", SIGNED_IN),
				new Case(HttpMethod.GET, "/dashboard", STAFF),
				new Case(HttpMethod.GET, "/clients", STAFF),
				new Case(HttpMethod.GET, "/clients/999999", STAFF),
				new Case(HttpMethod.GET, "/clients/999999/screening", STAFF),
				new Case(HttpMethod.GET, "/clients/999999/screening/letter.pdf", STAFF),
				new Case(HttpMethod.POST, "/clients/999999/screening/clearances", STAFF),
				new Case(HttpMethod.POST, "/clients/999999/screening/clearances/999999/withdraw", STAFF),
				new Case(HttpMethod.GET, "/clients/999999/screening/clearances/999999/document", STAFF),
				new Case(HttpMethod.DELETE, "/clients/999999/screening", NOBODY),
				new Case(HttpMethod.PUT, "/clients/999999/screening/clearances/999999/withdraw", NOBODY),
				new Case(HttpMethod.GET, "/portal", EnumSet.of(Who.CLIENT)),
				// Consent: the client signs their own in the portal; staff witness at the desk and read snapshots.
				new Case(HttpMethod.GET, "/portal/consent", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.POST, "/portal/consent", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/portal/consent/999999", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/portal/consent/999999/signature.png", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/clients/999999/consent", STAFF),
				new Case(HttpMethod.POST, "/clients/999999/consent", STAFF),
				new Case(HttpMethod.GET, "/clients/999999/consents/999999", STAFF),
				new Case(HttpMethod.GET, "/clients/999999/consents/999999/signature.png", STAFF),
				new Case(HttpMethod.PUT, "/clients/999999/consent", NOBODY),
				new Case(HttpMethod.DELETE, "/clients/999999/consents/999999", NOBODY),
				// Intake: a client fills their own in the portal; staff enter any client's paper form.
				new Case(HttpMethod.GET, "/portal/intake", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.POST, "/portal/intake", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/portal/intake/review", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.POST, "/portal/intake/submit", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/portal/intake/done", EnumSet.of(Who.CLIENT)),
				// The client's own screening result and letter; the health question before each visit.
				new Case(HttpMethod.GET, "/portal/screening", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/portal/screening/letter.pdf", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/portal/appointments/999999/health-check", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.POST, "/portal/appointments/999999/health-check", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/clients/999999/intake", STAFF),
				new Case(HttpMethod.POST, "/clients/999999/intake", STAFF),
				new Case(HttpMethod.GET, "/clients/999999/intake/review", STAFF),
				new Case(HttpMethod.POST, "/clients/999999/intake/submit", STAFF),
				new Case(HttpMethod.GET, "/clients/999999/intake/done", STAFF),
				new Case(HttpMethod.GET, "/clients/999999/intake/responses/999999", STAFF),
				new Case(HttpMethod.PUT, "/clients/999999/intake", NOBODY),
				new Case(HttpMethod.GET, "/admin/audit", OWNER),
				new Case(HttpMethod.POST, "/admin/audit/verify", OWNER),
				new Case(HttpMethod.GET, "/admin/mail", OWNER),
				new Case(HttpMethod.GET, "/admin/mail/999999", OWNER),
				new Case(HttpMethod.GET, "/admin/clinic", OWNER),
				new Case(HttpMethod.POST, "/admin/clinic", OWNER),
				new Case(HttpMethod.GET, "/admin/rooms", OWNER),
				new Case(HttpMethod.POST, "/admin/rooms", OWNER),
				new Case(HttpMethod.POST, "/admin/rooms/999999", OWNER),
				new Case(HttpMethod.GET, "/admin/services", OWNER),
				new Case(HttpMethod.GET, "/admin/services/new", OWNER),
				new Case(HttpMethod.POST, "/admin/services/new", OWNER),
				new Case(HttpMethod.GET, "/admin/services/999999", OWNER),
				new Case(HttpMethod.POST, "/admin/services/999999", OWNER),
				new Case(HttpMethod.GET, "/admin/therapists", OWNER),
				new Case(HttpMethod.POST, "/admin/therapists", OWNER),
				new Case(HttpMethod.GET, "/admin/therapists/999999", OWNER),
				new Case(HttpMethod.POST, "/admin/therapists/999999", OWNER),
				new Case(HttpMethod.POST, "/admin/therapists/999999/hours", OWNER),
				new Case(HttpMethod.POST, "/admin/therapists/999999/services", OWNER),
				new Case(HttpMethod.POST, "/admin/therapists/999999/exceptions", OWNER),
				new Case(HttpMethod.POST, "/admin/therapists/999999/exceptions/999999/delete", OWNER),
				new Case(HttpMethod.GET, "/actuator/health", EVERYONE),
				new Case(HttpMethod.GET, "/actuator/health/liveness", EVERYONE),
				new Case(HttpMethod.GET, "/actuator/health/readiness", EVERYONE),
				new Case(HttpMethod.GET, "/actuator/prometheus", OWNER),
				new Case(HttpMethod.GET, "/actuator/metrics", OWNER),
				new Case(HttpMethod.GET, "/actuator/info", OWNER),
				new Case(HttpMethod.GET, "/actuator", OWNER),
				new Case(HttpMethod.POST, "/api/v1/auth/token", EVERYONE),
				new Case(HttpMethod.GET, "/api/v1/openapi.json", EVERYONE),
				new Case(HttpMethod.GET, "/api/v1/openapi.json.yaml", EVERYONE),
				new Case(HttpMethod.GET, "/api/v1/audit", OWNER),
				new Case(HttpMethod.GET, "/api/v1/audit/verify", OWNER),
				new Case(HttpMethod.GET, "/book", EVERYONE),
				new Case(HttpMethod.GET, "/which-massage", EVERYONE),
				new Case(HttpMethod.POST, "/which-massage", EVERYONE),
				// issue 5: the follow-up link (its token decides what it opens)
				new Case(HttpMethod.GET, "/follow-up", EVERYONE),
				new Case(HttpMethod.POST, "/follow-up", EVERYONE),
				// issue 6 (main): questionnaire rounds by link (the token decides) and in the portal (own only)
				new Case(HttpMethod.GET, "/outcomes/answer", EVERYONE),
				new Case(HttpMethod.POST, "/outcomes/answer", EVERYONE),
				new Case(HttpMethod.GET, "/portal/questionnaires", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/portal/questionnaires/999999", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.POST, "/portal/questionnaires/999999", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/portal/progress", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/portal/appointments/999999/reschedule", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.POST, "/portal/appointments/999999/reschedule", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/book/999999", EVERYONE),
				new Case(HttpMethod.GET, "/book/999999/confirm", EVERYONE),
				new Case(HttpMethod.POST, "/book/999999/account", EVERYONE),
				new Case(HttpMethod.GET, "/book/999999/confirm/sign-in", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.POST, "/book/999999/confirm", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.POST, "/book/999999/waitlist", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.POST, "/api/v1/waitlist", SIGNED_IN),
				new Case(HttpMethod.GET, "/appointments/manage", EVERYONE),
				new Case(HttpMethod.POST, "/appointments/manage/cancel", EVERYONE),
				new Case(HttpMethod.POST, "/appointments/manage/reschedule", EVERYONE),
				new Case(HttpMethod.POST, "/portal/appointments/999999/cancel", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/portal/appointments/999999/calendar.ics", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/api/v1/availability", SIGNED_IN),
				new Case(HttpMethod.GET, "/api/v1/appointments", SIGNED_IN),
				new Case(HttpMethod.POST, "/api/v1/appointments", SIGNED_IN),
				new Case(HttpMethod.GET, "/api/v1/appointments/999999", SIGNED_IN),
				new Case(HttpMethod.POST, "/api/v1/appointments/999999/cancel", SIGNED_IN),
				new Case(HttpMethod.POST, "/api/v1/appointments/999999/reschedule", SIGNED_IN),
				new Case(HttpMethod.POST, "/api/v1/appointments/999999/no-show", STAFF),
				new Case(HttpMethod.POST, "/api/v1/appointment-series", STAFF),
				new Case(HttpMethod.POST, "/api/v1/clients", STAFF),
				new Case(HttpMethod.POST, "/api/v1/screening/evaluate", STAFF),
				new Case(HttpMethod.GET, "/api/v1/screening/evaluate", NOBODY),
				new Case(HttpMethod.POST, "/api/v1/recommendation", STAFF),
				new Case(HttpMethod.GET, "/api/v1/recommendation", NOBODY),
				new Case(HttpMethod.POST, "/api/v1/clients/999999/intake", STAFF),
				new Case(HttpMethod.GET, "/api/v1/clients/999999/intake", NOBODY),
				new Case(HttpMethod.GET, "/api/v1/clients/999999/screening", STAFF),
				new Case(HttpMethod.POST, "/api/v1/clients/999999/screening", NOBODY),
				new Case(HttpMethod.DELETE, "/api/v1/clients/999999/screening", NOBODY),
				new Case(HttpMethod.GET, "/api/v1/clinic", STAFF),
				new Case(HttpMethod.PUT, "/api/v1/clinic", OWNER),
				new Case(HttpMethod.GET, "/api/v1/rooms", STAFF),
				new Case(HttpMethod.POST, "/api/v1/rooms", OWNER),
				new Case(HttpMethod.GET, "/api/v1/rooms/999999", STAFF),
				new Case(HttpMethod.PUT, "/api/v1/rooms/999999", OWNER),
				new Case(HttpMethod.GET, "/api/v1/services", STAFF),
				new Case(HttpMethod.POST, "/api/v1/services", OWNER),
				new Case(HttpMethod.GET, "/api/v1/services/999999", STAFF),
				new Case(HttpMethod.PUT, "/api/v1/services/999999", OWNER),
				new Case(HttpMethod.GET, "/api/v1/therapists", STAFF),
				new Case(HttpMethod.POST, "/api/v1/therapists", OWNER),
				new Case(HttpMethod.GET, "/api/v1/therapists/999999", STAFF),
				new Case(HttpMethod.PUT, "/api/v1/therapists/999999", OWNER),
				new Case(HttpMethod.GET, "/api/v1/therapists/999999/working-hours", STAFF),
				new Case(HttpMethod.PUT, "/api/v1/therapists/999999/working-hours", OWNER),
				new Case(HttpMethod.GET, "/api/v1/therapists/999999/services", STAFF),
				new Case(HttpMethod.PUT, "/api/v1/therapists/999999/services", OWNER),
				new Case(HttpMethod.GET, "/api/v1/therapists/999999/exceptions", STAFF),
				new Case(HttpMethod.POST, "/api/v1/therapists/999999/exceptions", OWNER),
				new Case(HttpMethod.GET, "/api/v1/therapists/999999/exceptions/999999", STAFF),
				new Case(HttpMethod.DELETE, "/api/v1/therapists/999999/exceptions/999999", OWNER),
				// The staff calendar: never for clients.
				new Case(HttpMethod.GET, "/calendar", STAFF),
				new Case(HttpMethod.GET, "/calendar/appointments/999999", STAFF),
				new Case(HttpMethod.POST, "/calendar/appointments/999999/move", STAFF),
				new Case(HttpMethod.POST, "/calendar/appointments/999999/cancel", STAFF),
				new Case(HttpMethod.POST, "/calendar/appointments/999999/no-show", STAFF),
				new Case(HttpMethod.GET, "/calendar/appointments/999999/health-check", STAFF),
				new Case(HttpMethod.POST, "/calendar/appointments/999999/health-check", STAFF),
				new Case(HttpMethod.GET, "/calendar/book", STAFF),
				new Case(HttpMethod.POST, "/calendar/book", STAFF),
				new Case(HttpMethod.GET, "/calendar/feed", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/calendar/feed", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/calendar/feed/revoke", OWNER_OR_THERAPIST),
				// A private feed: the secret in the URL is the credential (an unknown one is a 404).
				new Case(HttpMethod.GET, "/calendar/feeds/999999.ics", EVERYONE),
				// Self-care: the library (owner and therapists), a client's program (owner and the client's
				// therapist, never the front desk), the client's own program and ticks.
				new Case(HttpMethod.GET, "/admin/self-care", OWNER_OR_THERAPIST),
				new Case(HttpMethod.GET, "/admin/self-care/new", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/admin/self-care/new", OWNER_OR_THERAPIST),
				new Case(HttpMethod.GET, "/admin/self-care/999999", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/admin/self-care/999999", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/admin/self-care/999999/active", OWNER_OR_THERAPIST),
				// issue 5: self-care pictures
				new Case(HttpMethod.POST, "/admin/self-care/999999/image", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/admin/self-care/999999/image/remove", OWNER_OR_THERAPIST),
				new Case(HttpMethod.GET, "/self-care/images/999999", SIGNED_IN),
				new Case(HttpMethod.DELETE, "/admin/self-care/999999", OWNER),
				new Case(HttpMethod.GET, "/clients/999999/self-care", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/clients/999999/self-care", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/clients/999999/self-care/999999/remove", OWNER_OR_THERAPIST),
				new Case(HttpMethod.DELETE, "/clients/999999/self-care", NOBODY),
				new Case(HttpMethod.GET, "/portal/self-care", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.POST, "/portal/self-care/999999/days", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.POST, "/portal/self-care/reminders", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/api/v1/clients/999999/self-care", EnumSet.of(Who.CLIENT, Who.THERAPIST, Who.OWNER)),
				new Case(HttpMethod.POST, "/api/v1/clients/999999/self-care", OWNER_OR_THERAPIST),
				new Case(HttpMethod.DELETE, "/api/v1/clients/999999/self-care", NOBODY),
				new Case(HttpMethod.POST, "/api/v1/self-care/999999/done", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/api/v1/self-care/999999/done", NOBODY),
				// issue 6: instruments: scoring and change for staff; the definition import and its page for the owner.
				new Case(HttpMethod.POST, "/api/v1/instruments/999999/score", STAFF),
				new Case(HttpMethod.POST, "/api/v1/instruments/999999/change", STAFF),
				new Case(HttpMethod.GET, "/api/v1/instruments/999999/score", NOBODY),
				new Case(HttpMethod.POST, "/api/v1/instruments", OWNER),
				new Case(HttpMethod.GET, "/api/v1/instruments", NOBODY),
				new Case(HttpMethod.GET, "/admin/instruments", OWNER),
				// fhir-export (issue 6): a client's outcome measures as FHIR R4: the owner and the client's therapist.
				new Case(HttpMethod.GET, "/api/v1/clients/999999/outcomes/fhir", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/api/v1/clients/999999/outcomes/fhir", NOBODY),
				new Case(HttpMethod.DELETE, "/api/v1/clients/999999/outcomes/fhir", NOBODY),
				new Case(HttpMethod.POST, "/admin/instruments", OWNER),
				// branch outcome-dashboard (issue 6): the clinic's MCID shares, page and JSON: the owner only.
				new Case(HttpMethod.GET, "/admin/outcomes", OWNER),
				new Case(HttpMethod.POST, "/admin/outcomes", OWNER),
				new Case(HttpMethod.GET, "/api/v1/reports/outcomes", OWNER),
				new Case(HttpMethod.POST, "/api/v1/reports/outcomes", NOBODY),
				// issue 5: body map and treatment log: the owner and the client's therapist, never the front desk
				// or a client; the client's own pain map.
				new Case(HttpMethod.GET, "/appointments/999999/treatment-log", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/appointments/999999/treatment-log", OWNER_OR_THERAPIST),
				new Case(HttpMethod.DELETE, "/appointments/999999/treatment-log", NOBODY),
				new Case(HttpMethod.GET, "/api/v1/appointments/999999/treatment-log", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/api/v1/appointments/999999/treatment-log", OWNER_OR_THERAPIST),
				new Case(HttpMethod.DELETE, "/api/v1/appointments/999999/treatment-log", NOBODY),
				new Case(HttpMethod.GET, "/api/v1/clients/999999/pain-map", EnumSet.of(Who.CLIENT, Who.THERAPIST, Who.OWNER)),
				new Case(HttpMethod.POST, "/api/v1/clients/999999/pain-map", NOBODY),
				new Case(HttpMethod.GET, "/portal/pain-map", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.POST, "/portal/pain-map", EnumSet.of(Who.CLIENT)),
				// issue 5: consultations and care plans (owner and the client's therapist; the client reads their own).
				new Case(HttpMethod.GET, "/clients/999999/consultation", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/clients/999999/consultation", OWNER_OR_THERAPIST),
				new Case(HttpMethod.GET, "/clients/999999/care-plans/new", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/clients/999999/care-plans/new", OWNER_OR_THERAPIST),
				new Case(HttpMethod.GET, "/clients/999999/care-plans/999999", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/clients/999999/care-plans/999999/book", OWNER_OR_THERAPIST),
				new Case(HttpMethod.DELETE, "/clients/999999/care-plans/999999", NOBODY),
				new Case(HttpMethod.GET, "/portal/plan", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/api/v1/clients/999999/care-plans", EnumSet.of(Who.CLIENT, Who.THERAPIST, Who.OWNER)),
				new Case(HttpMethod.POST, "/api/v1/clients/999999/care-plans", OWNER_OR_THERAPIST),
				new Case(HttpMethod.DELETE, "/api/v1/clients/999999/care-plans", NOBODY),
				// issue 5: session notes. The note page, autosave, signing, amendments and the to-do list: the owner
				// and therapists (per appointment in charting); templates: the owner; summaries: the client.
				new Case(HttpMethod.GET, "/appointments/999999/note", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/appointments/999999/note", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/appointments/999999/note/draft", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/appointments/999999/note/sign", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/appointments/999999/note/amendments", OWNER_OR_THERAPIST),
				new Case(HttpMethod.GET, "/appointments/999999/note/draft", NOBODY),
				new Case(HttpMethod.DELETE, "/appointments/999999/note", NOBODY),
				new Case(HttpMethod.GET, "/todo", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/todo", NOBODY),
				new Case(HttpMethod.GET, "/admin/note-templates", OWNER),
				new Case(HttpMethod.GET, "/admin/note-templates/999999", OWNER),
				new Case(HttpMethod.POST, "/admin/note-templates/999999", OWNER),
				new Case(HttpMethod.GET, "/portal/sessions", EnumSet.of(Who.CLIENT)),
				// issue 7: family members
				new Case(HttpMethod.GET, "/portal/family", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.POST, "/portal/family", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.POST, "/portal/family/me", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.POST, "/portal/family/999999/act", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/api/v1/family", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.POST, "/api/v1/family/children", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/api/v1/appointments/999999/note", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/api/v1/appointments/999999/note", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/api/v1/appointments/999999/note/sign", OWNER_OR_THERAPIST),
				new Case(HttpMethod.GET, "/api/v1/appointments/999999/note/amendments", OWNER_OR_THERAPIST),
				new Case(HttpMethod.POST, "/api/v1/appointments/999999/note/amendments", OWNER_OR_THERAPIST),
				new Case(HttpMethod.DELETE, "/api/v1/appointments/999999/note", NOBODY),
				new Case(HttpMethod.GET, "/api/v1/appointments/999999/note/sign", NOBODY),
				// branch site-content (issue 7): the public site is read by anyone; articles and therapists' photos
				// are written by the owner only (under /admin/**); nothing public accepts a POST.
				new Case(HttpMethod.GET, "/services", EVERYONE),
				new Case(HttpMethod.GET, "/services/999999", EVERYONE),
				new Case(HttpMethod.GET, "/therapists", EVERYONE),
				new Case(HttpMethod.GET, "/therapists/999999", EVERYONE),
				new Case(HttpMethod.GET, "/therapists/999999/photo", EVERYONE),
				new Case(HttpMethod.POST, "/therapists/999999/photo", NOBODY),
				new Case(HttpMethod.GET, "/visit", EVERYONE),
				new Case(HttpMethod.GET, "/articles", EVERYONE),
				new Case(HttpMethod.GET, "/articles/999999", EVERYONE),
				new Case(HttpMethod.GET, "/articles/feed.atom", EVERYONE),
				new Case(HttpMethod.POST, "/articles/999999", NOBODY),
				new Case(HttpMethod.GET, "/faq", EVERYONE),
				new Case(HttpMethod.GET, "/sitemap.xml", EVERYONE),
				new Case(HttpMethod.GET, "/robots.txt", EVERYONE),
				new Case(HttpMethod.POST, "/services", NOBODY),
				new Case(HttpMethod.GET, "/admin/articles", OWNER),
				new Case(HttpMethod.GET, "/admin/articles/new", OWNER),
				new Case(HttpMethod.POST, "/admin/articles/new", OWNER),
				new Case(HttpMethod.GET, "/admin/articles/999999", OWNER),
				new Case(HttpMethod.POST, "/admin/articles/999999", OWNER),
				new Case(HttpMethod.POST, "/admin/articles/preview", OWNER),
				new Case(HttpMethod.POST, "/admin/therapists/999999/photo", OWNER),
				new Case(HttpMethod.POST, "/admin/therapists/999999/photo/remove", OWNER),
				// branch staff-inbox (issue 7): the public "Ask us" form (page and API), the staff inbox (every staff role,
				// items checked per source), enquiries and replies (owner and front desk).
				new Case(HttpMethod.GET, "/contact", EVERYONE),
				new Case(HttpMethod.POST, "/contact", EVERYONE),
				new Case(HttpMethod.GET, "/contact/thanks", EVERYONE),
				new Case(HttpMethod.DELETE, "/contact", NOBODY),
				new Case(HttpMethod.POST, "/api/v1/enquiries", EVERYONE),
				new Case(HttpMethod.GET, "/api/v1/enquiries", NOBODY),
				new Case(HttpMethod.GET, "/inbox", STAFF),
				new Case(HttpMethod.POST, "/inbox", NOBODY),
				new Case(HttpMethod.POST, "/inbox/done", STAFF),
				new Case(HttpMethod.GET, "/inbox/done", NOBODY),
				new Case(HttpMethod.GET, "/inbox/enquiries/999999", EnumSet.of(Who.OWNER, Who.FRONT_DESK)),
				new Case(HttpMethod.POST, "/inbox/enquiries/999999/reply", EnumSet.of(Who.OWNER, Who.FRONT_DESK)),
				new Case(HttpMethod.GET, "/inbox/enquiries/999999/reply", NOBODY),
				// end branch staff-inbox
				// branch your-data (issue 7): payments and receipts (front desk and owner), the client's own receipts,
				// documents and data (export, erasure request), the owner's erasure requests.
				new Case(HttpMethod.GET, "/clients/999999/appointments/999999/payment", EnumSet.of(Who.FRONT_DESK, Who.OWNER)),
				new Case(HttpMethod.POST, "/clients/999999/appointments/999999/payment", EnumSet.of(Who.FRONT_DESK, Who.OWNER)),
				new Case(HttpMethod.POST, "/clients/999999/appointments/999999/payment/void", EnumSet.of(Who.FRONT_DESK, Who.OWNER)),
				new Case(HttpMethod.GET, "/clients/999999/appointments/999999/receipt.pdf", EnumSet.of(Who.FRONT_DESK, Who.OWNER)),
				new Case(HttpMethod.DELETE, "/clients/999999/appointments/999999/payment", NOBODY),
				new Case(HttpMethod.PUT, "/clients/999999/appointments/999999/payment", NOBODY),
				new Case(HttpMethod.GET, "/portal/appointments/999999/receipt.pdf", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/portal/documents", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/portal/your-data", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/portal/your-data/export.json", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/portal/your-data/export.fhir.json", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.POST, "/portal/your-data/erasure", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.GET, "/admin/erasure-requests", OWNER),
				new Case(HttpMethod.GET, "/admin/erasure-requests/999999", OWNER),
				new Case(HttpMethod.POST, "/admin/erasure-requests/999999", OWNER),
				// branch client-accounts (issue 7): sign-up and its email link, the second sign-in step (open to
				// everyone; the session decides), two-step set-up for any account, a client's own email choices.
				new Case(HttpMethod.GET, "/signup", EVERYONE),
				new Case(HttpMethod.POST, "/signup", EVERYONE),
				new Case(HttpMethod.GET, "/signup/sent", EVERYONE),
				new Case(HttpMethod.GET, "/signup/verify", EVERYONE),
				new Case(HttpMethod.POST, "/signup/verify", EVERYONE),
				new Case(HttpMethod.POST, "/signup/resend", EVERYONE),
				new Case(HttpMethod.GET, "/login/two-step", EVERYONE),
				new Case(HttpMethod.POST, "/login/two-step", EVERYONE),
				new Case(HttpMethod.GET, "/account/two-step", SIGNED_IN),
				new Case(HttpMethod.POST, "/account/two-step", SIGNED_IN),
				new Case(HttpMethod.POST, "/account/two-step/confirm", SIGNED_IN),
				new Case(HttpMethod.POST, "/account/two-step/disable", SIGNED_IN),
				new Case(HttpMethod.GET, "/account/communication", EnumSet.of(Who.CLIENT)),
				new Case(HttpMethod.POST, "/account/communication", EnumSet.of(Who.CLIENT)),
				// Not listed in the security configuration: denied to everyone.
				new Case(HttpMethod.GET, "/some/new/page", NOBODY),
				new Case(HttpMethod.POST, "/some/new/page", NOBODY),
				new Case(HttpMethod.GET, "/api/v1/some/new/resource", NOBODY),
				new Case(HttpMethod.DELETE, "/api/v1/audit", OWNER),
				new Case(HttpMethod.DELETE, "/api/v1/clinic", NOBODY),
				new Case(HttpMethod.POST, "/api/v1/clinic", NOBODY),
				new Case(HttpMethod.DELETE, "/api/v1/therapists/999999", NOBODY),
				new Case(HttpMethod.PATCH, "/api/v1/services/999999", NOBODY));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	org.fascia.clients.ClientAccounts clientAccounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<Who, FasciaUser> users = new EnumMap<>(Who.class);

	private final Map<Who, String> bearer = new EnumMap<>(Who.class);

	@BeforeAll
	void createOneAccountPerRole() {
		accounts.ensureClinic();
		Account client = clientAccounts.signUp(new org.fascia.clients.ClientAccounts.SignUp("Matrix", "Client",
				TestAccounts.unique("client"), null, TestAccounts.PASSWORD));
		users.put(Who.CLIENT, new FasciaUser(client.id(), client.email(), client.displayName(), Role.CLIENT, null, true,
				false));
		users.put(Who.FRONT_DESK, accounts.principal(Role.FRONT_DESK));
		users.put(Who.THERAPIST, accounts.principal(Role.THERAPIST));
		users.put(Who.OWNER, accounts.principal(Role.OWNER));
		users.forEach((who, user) -> bearer.put(who, tokens.issue(user, "matrix").token()));
	}

	static Stream<Object[]> casesByRole() {
		return cases().stream().flatMap(c -> Stream.of(Who.values()).map(who -> new Object[] { c, who }));
	}

	@ParameterizedTest(name = "{1} {0}")
	@MethodSource("casesByRole")
	void eachRoleGetsExactlyWhatTheTableSays(Case c, Who who) throws Exception {
		boolean api = c.path().startsWith("/api/");
		MockHttpServletRequestBuilder request = request(c.method(), c.path());
		if (who != Who.ANONYMOUS) {
			if (api) {
				request.header("Authorization", "Bearer " + bearer.get(who));
			}
			else {
				request.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(users.get(who)));
			}
		}
		if (!api && c.method() != HttpMethod.GET) {
			request.with(csrf());
		}
		if (api && c.method() == HttpMethod.POST) {
			request.contentType("application/json").content("{}");
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		boolean denied = deniedBySecurity(response, api, who);
		if (c.allowed().contains(who)) {
			assertThat(denied).as("%s should reach %s, got %s", who, c, response.getStatus()).isFalse();
		}
		else {
			assertThat(denied).as("%s must be denied %s, got %s", who, c, response.getStatus()).isTrue();
		}
	}

	private static boolean deniedBySecurity(MockHttpServletResponse response, boolean api, Who who) {
		int status = response.getStatus();
		if (api) {
			return who == Who.ANONYMOUS ? status == 401 : status == 403;
		}
		if (who == Who.ANONYMOUS) {
			// The sign-in entry point, and only it, redirects to the login page asking to sign in.
			return status == 302 && "/login?required".equals(response.getRedirectedUrl());
		}
		return status == 403;
	}

	@Test
	void theTableCoversEveryMappedEndpoint() {
		Set<String> covered = new TreeSet<>();
		cases().forEach(c -> covered.add(c.method() + " " + c.path().replaceAll("/\\d+", "/{id}")));
		List<String> missing = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<String> patterns = info.getPatternValues();
			Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : patterns) {
				String normalised = pattern.replaceAll("\\{[^}]+}", "{id}");
				if (methods.isEmpty()) {
					if (covered.stream().noneMatch(entry -> entry.endsWith(" " + normalised))) {
						missing.add("ANY " + pattern);
					}
				}
				for (var method : methods) {
					if (!covered.contains(method.name() + " " + normalised)) {
						missing.add(method.name() + " " + pattern);
					}
				}
			}
		}
		assertThat(missing).as("endpoints without a row in the security table").isEmpty();
	}

}
