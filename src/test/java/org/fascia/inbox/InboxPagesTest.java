package org.fascia.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.fascia.audit.AuditEvent;
import org.fascia.audit.AuditLog;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.Db;
import org.fascia.screening.Decision;
import org.fascia.screening.Finding;
import org.fascia.screening.ReferralAdvice;
import org.fascia.screening.ScreeningKind;
import org.fascia.screening.ScreeningRecords;
import org.fascia.screening.ScreeningResult;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.fascia.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff inbox (issue 7, requirement 6): one list of enquiries, intake alerts, waitlist offers and unsigned notes,
 * each role seeing what it should (the front desk the decision only, a therapist their own clients' items, a client
 * nothing), filters by kind and open/done, "done" recorded with who and when (plain post and htmx), audited, refused
 * for an item the viewer does not see; a reply to an enquiry goes out through the outbox and is shown and audited.
 */
@FasciaIntegrationTest
class InboxPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestPeople people;

	@Autowired
	Enquiries enquiries;

	@Autowired
	ScreeningRecords screenings;

	@Autowired
	AuditLog audit;

	FasciaUser owner;

	FasciaUser desk;

	FasciaUser maya;

	FasciaUser tom;

	TestPeople.Person client;

	String tag;

	long enquiry;

	String enquirer;

	long note;

	long alert;

	String offer;

	@BeforeEach
	void clinic() {
		accounts.ensureClinic();
		tag = UUID.randomUUID().toString().substring(0, 6);
		owner = accounts.principal(Role.OWNER);
		desk = accounts.principal(Role.FRONT_DESK);
		maya = people.therapist();
		tom = people.therapist();
		client = people.client("Client" + tag, "Inbox");
		enquirer = TestAccounts.unique("enquirer");
		enquiry = enquiries.submit(new EnquiryForm("Enquirer " + tag, enquirer, null,
				"Is massage safe after a disc injury " + tag + "?", true, ""), "203.0.113.50-" + tag);
		note = people.appointment(maya, client.id(), Instant.now().minus(Duration.ofDays(3)), "COMPLETED", "Deep tissue");
		Finding finding = new Finding("cauda-equina", "Possible cauda equina syndrome " + tag, Decision.EMERGENCY_REFERRAL,
				"BASS 2018", "Some of your answers need a doctor today.", false);
		alert = screenings.store(client.id(), null, ScreeningKind.INTAKE,
				new ScreeningResult(Decision.EMERGENCY_REFERRAL, ReferralAdvice.EMERGENCY, List.of(), List.of(finding)),
				"test", true, owner.id());
		long service = jdbc.sql("select service_id from appointment where id = :id").param("id", note).query(Long.class).single();
		Instant notified = Instant.now().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		long entry = jdbc.sql("""
				insert into waitlist_entry (client_id, service_id, therapist_id, wanted_before, created_at, active, notified_at)
				values (:c, :s, null, :before, :now, true, :notified)
				""").param("c", client.id()).param("s", service)
			.param("before", Db.utc(Instant.now().plus(Duration.ofDays(10))))
			.param("now", Db.utc(Instant.now().minus(Duration.ofDays(1)))).param("notified", Db.utc(notified))
			.update() == 1 ? jdbc.sql("select max(id) from waitlist_entry where client_id = :c").param("c", client.id())
				.query(Long.class).single() : -1;
		offer = entry + "-" + notified.getEpochSecond();
	}

	String inbox(FasciaUser as, String query) throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/inbox" + query).with(user(as))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	MockHttpServletResponse done(FasciaUser as, String kind, String id) throws Exception {
		return mvc.perform(post("/inbox/done").with(user(as)).with(csrf()).param("kind", kind).param("id", id))
			.andReturn().getResponse();
	}

	int doneRows(String kind, String id) {
		return jdbc.sql("select count(*) from inbox_done where kind = :k and source_id = :id").param("k", kind)
			.param("id", id).query(Integer.class).single();
	}

	@Test
	void theOwnerSeesEveryKindInOneListAndFiltersByKind() throws Exception {
		String all = inbox(owner, "");
		assertThat(all).contains("Enquiry from Enquirer " + tag)
			.contains("Emergency referral: Client" + tag + " Inbox")
			.contains("Waitlist offer sent: Client" + tag + " Inbox")
			.contains("Note not written: Client" + tag + " Inbox");
		String onlyEnquiries = inbox(owner, "?kind=enquiry");
		assertThat(onlyEnquiries).contains("Enquiry from Enquirer " + tag).doesNotContain("Note not written: Client" + tag)
			.contains("name=\"back\" value=\"/inbox?kind=enquiry&amp;status=open\"");
		String onlyNotes = inbox(owner, "?kind=unsigned-note");
		assertThat(onlyNotes).contains("Note not written: Client" + tag).doesNotContain("Enquiry from Enquirer " + tag);
		assertThat(mvc.perform(get("/inbox?kind=nonsense").with(user(owner))).andReturn().getResponse().getStatus())
			.isEqualTo(400);
		assertThat(mvc.perform(get("/inbox?status=maybe").with(user(owner))).andReturn().getResponse().getStatus())
			.isEqualTo(400);
	}

	@Test
	void theFrontDeskSeesEnquiriesAlertsAndOffersButNoClinicalDetailOrNotes() throws Exception {
		String html = inbox(desk, "");
		assertThat(html).contains("Enquiry from Enquirer " + tag)
			.contains("Emergency referral: Client" + tag + " Inbox")
			.contains("Waitlist offer sent: Client" + tag + " Inbox")
			.doesNotContain("Note not written: Client" + tag)
			.doesNotContain("cauda equina syndrome " + tag)
			.doesNotContain("Notes to finish");
		assertThat(doneRows("unsigned-note", Long.toString(note))).isZero();
		assertThat(done(desk, "unsigned-note", Long.toString(note)).getStatus()).isEqualTo(403);
		assertThat(doneRows("unsigned-note", Long.toString(note))).isZero();
	}

	@Test
	void aTherapistSeesOnlyTheirOwnClientsItemsAndCannotCloseAnothersItem() throws Exception {
		String mine = inbox(maya, "");
		assertThat(mine).contains("Note not written: Client" + tag + " Inbox")
			.doesNotContain("Enquiry from Enquirer " + tag)
			.doesNotContain("Emergency referral: Client" + tag)
			.doesNotContain("Waitlist offer sent: Client" + tag);
		String theirs = inbox(tom, "");
		assertThat(theirs).doesNotContain("Client" + tag);
		assertThat(done(tom, "unsigned-note", Long.toString(note)).getStatus()).isEqualTo(403);
		assertThat(doneRows("unsigned-note", Long.toString(note))).isZero();
		assertThat(done(tom, "enquiry", Long.toString(enquiry)).getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/inbox/enquiries/" + enquiry).with(user(maya))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		MockHttpServletResponse closed = mvc.perform(post("/inbox/done").with(user(maya)).with(csrf())
			.param("kind", "unsigned-note").param("id", Long.toString(note)).param("back", "/inbox?kind=unsigned-note&status=open"))
			.andReturn().getResponse();
		assertThat(closed.getStatus()).isEqualTo(302);
		assertThat(closed.getRedirectedUrl()).isEqualTo("/inbox?kind=unsigned-note&status=open");
		assertThat(doneRows("unsigned-note", Long.toString(note))).isOne();
		assertThat(mvc.perform(post("/inbox/done").with(user(maya)).with(csrf()).param("kind", "unsigned-note")
			.param("id", Long.toString(note)).param("back", "//evil.example/inbox")).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/inbox");
	}

	@Test
	void aClientHasNoInbox() throws Exception {
		assertThat(mvc.perform(get("/inbox").with(user(client.user()))).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post("/inbox/done").with(user(client.user())).with(csrf()).param("kind", "enquiry")
			.param("id", Long.toString(enquiry))).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/inbox/enquiries/" + enquiry).with(user(client.user()))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void doneIsRecordedWithWhoAndWhenAuditedAndMovesTheItemToDone() throws Exception {
		MockHttpServletResponse response = done(desk, "screening-alert", Long.toString(alert));
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/inbox");
		assertThat(jdbc.sql("select done_by from inbox_done where kind = 'screening-alert' and source_id = :id")
			.param("id", Long.toString(alert)).query(Long.class).single()).isEqualTo(desk.id());
		assertThat(inbox(owner, "?kind=screening-alert")).doesNotContain("Emergency referral: Client" + tag);
		String doneList = inbox(owner, "?kind=screening-alert&status=done");
		assertThat(doneList).contains("Emergency referral: Client" + tag).contains("by " + desk.displayName());
		assertThat(audit.forSubject("inbox_screening-alert", Long.toString(alert))).extracting(AuditEvent::action)
			.containsExactly("INBOX_ITEM_DONE");
		// Again: harmless, the first mark stays.
		assertThat(done(owner, "screening-alert", Long.toString(alert)).getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select done_by from inbox_done where kind = 'screening-alert' and source_id = :id")
			.param("id", Long.toString(alert)).query(Long.class).single()).isEqualTo(desk.id());
		assertThat(inbox(owner, "?status=all")).contains("Emergency referral: Client" + tag).contains("Enquiry from Enquirer " + tag);
	}

	@Test
	void withHtmxDoneAnswersTheItemInPlace() throws Exception {
		MockHttpServletResponse response = mvc.perform(post("/inbox/done").with(user(desk)).with(csrf())
			.header("HX-Request", "true").param("kind", "waitlist-offer").param("id", offer)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		String html = response.getContentAsString();
		assertThat(html).startsWith("<li").contains("Waitlist offer sent: Client" + tag).contains("Done")
			.contains("by " + desk.displayName()).contains("role=\"status\"").doesNotContain("<html");
		assertThat(doneRows("waitlist-offer", offer)).isOne();
	}

	@Test
	void aReplyToAnEnquiryGoesOutByEmailIsShownAndAudited() throws Exception {
		String page = mvc.perform(get("/inbox/enquiries/" + enquiry).with(user(desk))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Is massage safe after a disc injury " + tag).contains(enquirer)
			.contains("I agree that Test Clinic may contact me").contains("No reply yet.");
		MockHttpServletResponse empty = mvc.perform(post("/inbox/enquiries/" + enquiry + "/reply").with(user(desk))
			.with(csrf()).param("body", "   ")).andReturn().getResponse();
		assertThat(empty.getStatus()).isEqualTo(400);
		assertThat(empty.getContentAsString()).contains("Please write the reply.");
		MockHttpServletResponse sent = mvc.perform(post("/inbox/enquiries/" + enquiry + "/reply").with(user(desk))
			.with(csrf()).param("body", "Thank you for asking. Yes, with your doctor's clearance; let us talk " + tag + "."))
			.andReturn().getResponse();
		assertThat(sent.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select body_text from mail_outbox where recipient = :to and subject like 'Re: your message%'")
			.param("to", enquirer).query(String.class).single()).contains("let us talk " + tag);
		String after = mvc.perform(get("/inbox/enquiries/" + enquiry).with(user(owner))).andReturn().getResponse()
			.getContentAsString();
		assertThat(after).contains("let us talk " + tag).contains(desk.displayName()).doesNotContain("No reply yet.");
		assertThat(audit.forSubject("enquiry", Long.toString(enquiry))).extracting(AuditEvent::action)
			.contains("ENQUIRY_RECEIVED", "ENQUIRY_READ", "ENQUIRY_REPLIED");
		assertThat(inbox(owner, "?kind=enquiry")).contains("Answered once.");
		assertThat(mvc.perform(post("/inbox/enquiries/999999999/reply").with(user(desk)).with(csrf())
			.param("body", "Hello")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(post("/inbox/enquiries/" + enquiry + "/reply").with(user(maya)).with(csrf())
			.param("body", "Hello")).andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void followUpsAndMissedQuestionnairesReachOnlyTheOwnerAndTheClientsTherapist() throws Exception {
		Instant now = Instant.now();
		jdbc.sql("""
				insert into session_follow_up (appointment_id, client_id, reason, token_hash, sent_at, expires_at, answered_at,
				                               relief, soreness_hours, new_symptoms)
				values (:a, :c, 'FIRST_DEEP_TISSUE', :hash, :sent, :expires, :answered, 'WORSE', 40, false)
				""").param("a", note).param("c", client.id())
			.param("hash", (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 64))
			.param("sent", Db.utc(now.minus(Duration.ofDays(1)))).param("expires", Db.utc(now.plus(Duration.ofDays(1))))
			.param("answered", Db.utc(now.minus(Duration.ofHours(1)))).update();
		jdbc.sql("""
				insert into outcome_request (client_id, round, dedupe_key, instruments, due_at, valid_for_hours, sent_at,
				                             resent_at, missed_at, created_at)
				values (:c, 'VISIT', :key, 'NPRS', :due, 48, :due, :due, :missed, :due)
				""").param("c", client.id()).param("key", "inbox-test-" + tag)
			.param("due", Db.utc(now.minus(Duration.ofDays(3)))).param("missed", Db.utc(now.minus(Duration.ofHours(3))))
			.update();
		String followUp = "Follow-up needs a look: Client" + tag + " Inbox";
		String missed = "Questionnaire missed: Client" + tag + " Inbox";
		assertThat(inbox(maya, "")).contains(followUp).contains(missed).contains("Worse, sore for 40 h");
		assertThat(inbox(owner, "?kind=follow-up")).contains(followUp).doesNotContain(missed);
		assertThat(inbox(owner, "?kind=missed-questionnaire")).contains(missed).doesNotContain(followUp);
		assertThat(inbox(tom, "")).doesNotContain(followUp).doesNotContain(missed);
		assertThat(inbox(desk, "")).doesNotContain(followUp).doesNotContain(missed).doesNotContain("Follow-ups to read");
		long followUpId = jdbc.sql("select id from session_follow_up where appointment_id = :a").param("a", note)
			.query(Long.class).single();
		assertThat(done(tom, "follow-up", Long.toString(followUpId)).getStatus()).isEqualTo(403);
		assertThat(done(desk, "follow-up", Long.toString(followUpId)).getStatus()).isEqualTo(403);
		assertThat(done(maya, "follow-up", Long.toString(followUpId)).getStatus()).isEqualTo(302);
		assertThat(inbox(owner, "?kind=follow-up&status=done")).contains(followUp).contains("by " + maya.displayName());
	}

}
