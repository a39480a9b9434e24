package org.fascia.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;

import org.fascia.audit.AuditEvent;
import org.fascia.audit.AuditLog;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Ask us to erase my data": the request, the owner's list, and the erasure: what is kept (health records, the
 * consent, payments) and what is deleted, the email to the client, the account that can no longer sign in, the
 * audit, and another client untouched.
 */
@FasciaIntegrationTest
@Import(ClientData.class)
class ErasureTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClientData data;

	@Autowired
	ErasureRequests erasures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	long count(String sql, long clientId) {
		return jdbc.sql(sql).param("c", clientId).query(Long.class).single();
	}

	@Test
	void theClientAsksTheOwnerCarriesItOutAndTheClientIsToldWhatWasKeptAndWhy() throws Exception {
		ClientData.Client client = data.full("Erin", "Gale");
		ClientData.Client other = data.full("Paul", "Reed");
		long id = client.person().id();
		String email = client.person().user().getUsername();
		FasciaUser me = client.person().user();

		MockHttpServletResponse unconfirmed = mvc.perform(post("/portal/your-data/erasure").with(user(me)).with(csrf())
			.param("reason", "Moving away")).andReturn().getResponse();
		assertThat(unconfirmed.getContentAsString()).contains("Tick the box to confirm");
		assertThat(erasures.openFor(id)).isEmpty();

		mvc.perform(post("/portal/your-data/erasure").with(user(me)).with(csrf()).param("reason", "Moving away")
			.param("confirm", "yes"));
		ErasureRequest request = erasures.openFor(id).orElseThrow();
		assertThat(request.reason()).isEqualTo("Moving away");
		assertThat(erasures.openRequests()).extracting(ErasureRequest::clientId).contains(id);
		assertThatThrownBy(() -> erasures.request(id, null, me.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(409));
		assertThat(mvc.perform(get("/portal/your-data").with(user(me))).andReturn().getResponse()
			.getContentAsString()).contains("You asked us on");

		FasciaUser owner = accounts.principal(Role.OWNER);
		assertThat(mvc.perform(get("/admin/erasure-requests").with(user(owner))).andReturn().getResponse()
			.getContentAsString()).contains("Erin Gale", "Moving away");
		// the staff inbox shows the open request to the owner and the front desk, not to a therapist
		assertThat(mvc.perform(get("/inbox").with(user(owner))).andReturn().getResponse().getContentAsString())
			.contains("Erasure request: Erin Gale", "/admin/erasure-requests/" + request.id());
		assertThat(mvc.perform(get("/inbox").with(user(accounts.principal(Role.FRONT_DESK)))).andReturn().getResponse()
			.getContentAsString()).contains("Erasure request: Erin Gale");
		assertThat(mvc.perform(get("/inbox").with(user(accounts.principal(Role.THERAPIST)))).andReturn().getResponse()
			.getContentAsString()).doesNotContain("Erasure request");
		MockHttpServletResponse done = mvc.perform(post("/admin/erasure-requests/" + request.id()).with(user(owner))
			.with(csrf()).param("confirm", "yes")).andReturn().getResponse();
		assertThat(done.getRedirectedUrl()).isEqualTo("/admin/erasure-requests/" + request.id());

		// kept: the health record, the consent, payments; the name on the record
		assertThat(count("select count(*) from session_note where client_id = :c", id)).isEqualTo(1);
		assertThat(count("select count(*) from intake_response where client_id = :c", id)).isEqualTo(1);
		assertThat(count("select count(*) from screening where client_id = :c", id)).isPositive();
		assertThat(count("select count(*) from consent_signature where client_id = :c", id)).isEqualTo(1);
		assertThat(count("select count(*) from outcome_response where client_id = :c", id)).isEqualTo(1);
		assertThat(count("select count(*) from pain_map where client_id = :c", id)).isEqualTo(1);
		assertThat(count("select count(*) from payment where client_id = :c", id)).isEqualTo(1);
		assertThat(count("select count(*) from self_care_assignment where client_id = :c", id)).isEqualTo(1);
		assertThat(jdbc.sql("select last_name from client where id = :c").param("c", id).query(String.class).single())
			.isEqualTo("Gale");
		// deleted or anonymised
		assertThat(jdbc.sql("select email from client where id = :c").param("c", id).query(String.class).optional()
			.orElse(null)).isNull();
		assertThat(jdbc.sql("select phone from client where id = :c").param("c", id).query(String.class).optional()
			.orElse(null)).isNull();
		assertThat(count("select count(*) from self_care_tick t join self_care_assignment a on a.id = t.assignment_id "
				+ "where a.client_id = :c", id)).isZero();
		assertThat(count("select count(*) from self_care_reminder_preference where client_id = :c", id)).isZero();
		assertThat(count("select count(*) from waitlist_entry where client_id = :c", id)).isZero();
		assertThat(jdbc.sql("select status from appointment where id = :a").param("a", client.futureVisit())
			.query(String.class).single()).isEqualTo("CANCELLED");
		assertThat(jdbc.sql("select status from appointment where id = :a").param("a", client.pastVisit())
			.query(String.class).single()).isEqualTo("COMPLETED");
		var account = jdbc.sql("select email, enabled, password_hash from app_user where id = :u")
			.param("u", me.id()).query((rs, i) -> new Object[] { rs.getString(1), rs.getBoolean(2), rs.getString(3) })
			.single();
		assertThat((String) account[0]).endsWith("@erased.invalid");
		assertThat((Boolean) account[1]).isFalse();
		assertThat((String) account[2]).doesNotContain("$2");

		// the account cannot sign in with the old address and password
		MockHttpServletResponse login = mvc.perform(post("/login").with(csrf()).param("email", email)
			.param("password", TestAccounts.PASSWORD)).andReturn().getResponse();
		assertThat(login.getRedirectedUrl()).startsWith("/login?");

		// the only mail left to the address is the notice, which says what was kept, why and until when
		var mails = jdbc.sql("select subject, body_text from mail_outbox where lower(recipient) = lower(:to)")
			.param("to", email).query((rs, i) -> new String[] { rs.getString(1), rs.getString(2) }).list();
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0)[0]).isEqualTo("We have erased your data");
		LocalDate lastVisit = jdbc.sql("select start_at from appointment where id = :a").param("a", client.pastVisit())
			.query((rs, i) -> org.fascia.platform.Db.instant(rs, "start_at")).single()
			.atZone(ZoneId.of(jdbc.sql("select time_zone from clinic").query(String.class).single())).toLocalDate();
		String until = lastVisit.plusYears(7).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
				java.util.Locale.UK));
		assertThat(mails.get(0)[1]).contains("Deleted:", "Kept", "session notes", "signed consents",
				"health record the clinic must keep by law until " + until, "upcoming visit: it is cancelled", "payments and receipts",
				"tax and accounting", "online account");
		assertThat(erasures.find(request.id()).orElseThrow().open()).isFalse();
		assertThat(erasures.openRequests()).extracting(ErasureRequest::clientId).doesNotContain(id);

		assertThat(audit.forSubject("client", String.valueOf(id))).extracting(AuditEvent::action)
			.contains("ERASURE_REQUESTED", "CLIENT_DATA_ERASED");

		// the other client is untouched
		long otherId = other.person().id();
		assertThat(jdbc.sql("select email from client where id = :c").param("c", otherId).query(String.class).single())
			.isEqualTo(other.person().user().getUsername());
		assertThat(count("select count(*) from self_care_tick t join self_care_assignment a on a.id = t.assignment_id "
				+ "where a.client_id = :c", otherId)).isEqualTo(1);
		assertThat(count("select count(*) from waitlist_entry where client_id = :c", otherId)).isEqualTo(1);
		assertThat(count("select count(*) from app_user u join client c on c.user_id = u.id where c.id = :c and u.enabled",
				otherId)).isEqualTo(1);
		assertThat(count("select count(*) from mail_outbox where recipient = (select email from client where id = :c)",
				otherId)).isPositive();

		// carried out once only
		assertThatThrownBy(() -> erasures.carryOut(request.id(), owner.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(409));
	}

	@Test
	void aFailingModuleRollsTheWholeErasureBack() throws Exception {
		ClientData.Client client = data.full("Faye", "Lund");
		long id = client.person().id();
		ErasureRequest request = erasures.request(id, null, client.person().user().id());
		// an unknown owner id breaks the last update (handled_by references app_user): everything must roll back
		assertThatThrownBy(() -> erasures.carryOut(request.id(), 99_999_999L)).isNotNull();
		assertThat(jdbc.sql("select email from client where id = :c").param("c", id).query(String.class).single())
			.isEqualTo(client.person().user().getUsername());
		assertThat(count("select count(*) from waitlist_entry where client_id = :c", id)).isEqualTo(1);
		assertThat(count("select count(*) from app_user u join client c on c.user_id = u.id where c.id = :c and u.enabled",
				id)).isEqualTo(1);
		assertThat(erasures.openFor(id)).isPresent();
	}

	@Test
	void onlyTheOwnerSeesAndCarriesOutRequestsAndUnknownOnesAre404() throws Exception {
		FasciaUser owner = accounts.principal(Role.OWNER);
		assertThat(mvc.perform(get("/admin/erasure-requests/99999999").with(user(owner))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(post("/admin/erasure-requests/99999999").with(user(owner)).with(csrf())
			.param("confirm", "yes")).andReturn().getResponse().getStatus()).isEqualTo(404);
		for (Role role : new Role[] { Role.FRONT_DESK, Role.THERAPIST }) {
			assertThat(mvc.perform(get("/admin/erasure-requests").with(user(accounts.principal(role)))).andReturn()
				.getResponse().getStatus()).isEqualTo(403);
		}
	}

}
