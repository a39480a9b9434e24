package org.fascia.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fascia.audit.AuditEvent;
import org.fascia.audit.AuditLog;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
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
 * Marking a visit paid: once per visit, a correction is a void and a new payment, receipt numbers sequential and
 * unique, the PDF receipt has what a receipt needs, it is emailed, every step is audited; and who may do what.
 */
@FasciaIntegrationTest
class PaymentsTest {

	@Autowired
	Payments payments;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestPeople people;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	TestPeople.Person client;

	TestPeople.Person other;

	FasciaUser therapist;

	FasciaUser desk;

	long visit;

	long othersVisit;

	@BeforeEach
	void aClientWithAVisitYesterday() {
		accounts.ensureClinic();
		client = people.client("Nora", "Quill");
		other = people.client("Otto", "Vance");
		therapist = people.therapist();
		desk = accounts.principal(Role.FRONT_DESK);
		Instant yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
		visit = people.appointment(therapist, client.id(), yesterday, "COMPLETED", "Deep tissue");
		othersVisit = people.appointment(therapist, other.id(), yesterday.minus(Duration.ofDays(1)), "COMPLETED",
				"Swedish");
	}

	@Test
	void aVisitIsPaidOnceAtTheServicePriceAndACorrectionIsAVoidAndANewReceipt() throws Exception {
		Payment paid = payments.markPaid(client.id(), visit, PaymentMethod.CARD, null, null, desk.id());
		assertThat(paid.amountCents()).isEqualTo(7500);
		assertThat(paid.amount()).isEqualTo("£75.00");
		assertThat(paid.voided()).isFalse();

		assertThatThrownBy(() -> payments.markPaid(client.id(), visit, PaymentMethod.CASH, 7500, null, desk.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(409));
		assertThatThrownBy(() -> payments.voidPayment(client.id(), visit, " ", desk.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.field()).isEqualTo("reason"));

		Payment voided = payments.voidPayment(client.id(), visit, "Wrong amount", desk.id());
		assertThat(voided.voided()).isTrue();
		assertThat(voided.amountCents()).as("the paid fields stay as they were").isEqualTo(7500);
		assertThat(payments.current(visit)).isEmpty();

		Payment corrected = payments.markPaid(client.id(), visit, PaymentMethod.CASH, 6000, null, desk.id());
		assertThat(corrected.receiptNumber()).isEqualTo(paid.receiptNumber() + 1);
		assertThat(payments.history(visit)).extracting(Payment::receiptNumber)
			.containsExactly(paid.receiptNumber(), corrected.receiptNumber());
		assertThat(payments.paidAppointments(client.id())).containsExactly(visit);

		List<String> actions = audit.forSubject("appointment", String.valueOf(visit)).stream().map(AuditEvent::action)
			.toList();
		assertThat(actions).contains("PAYMENT_RECORDED", "PAYMENT_VOIDED");
		assertThat(actions.stream().filter("PAYMENT_RECORDED"::equals)).hasSize(2);
	}

	@Test
	void receiptNumbersAreSequentialAndUniqueAcrossVisits() {
		Payment first = payments.markPaid(client.id(), visit, PaymentMethod.TERMINAL, null, null, desk.id());
		Payment second = payments.markPaid(other.id(), othersVisit, PaymentMethod.CASH, null, null, desk.id());
		assertThat(second.receiptNumber()).isEqualTo(first.receiptNumber() + 1);
		long distinct = jdbc.sql("select count(distinct receipt_number) from payment").query(Long.class).single();
		long all = jdbc.sql("select count(*) from payment").query(Long.class).single();
		assertThat(distinct).isEqualTo(all);
		assertThatThrownBy(() -> jdbc.sql("""
				insert into payment (appointment_id, client_id, receipt_number, amount_cents, method, paid_at, service_name,
				                     therapist_name, visit_start, recorded_by, recorded_at, open_appointment_id)
				select appointment_id, client_id, receipt_number + 1000, amount_cents, method, paid_at, service_name,
				       therapist_name, visit_start, recorded_by, recorded_at, open_appointment_id from payment where id = :id
				""").param("id", first.id()).update())
			.as("a second standing payment of one visit is refused by the database")
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@Test
	void badInputIsRefusedInWords() {
		assertThatThrownBy(() -> payments.markPaid(client.id(), visit, PaymentMethod.CASH, -1, null, desk.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.field()).isEqualTo("amount"));
		assertThatThrownBy(() -> payments.markPaid(client.id(), visit, PaymentMethod.CASH, 100,
				Instant.now().plus(Duration.ofDays(1)), desk.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.field()).isEqualTo("paidAt"));
		assertThatThrownBy(() -> payments.markPaid(client.id(), othersVisit, PaymentMethod.CASH, 100, null, desk.id()))
			.as("another client's visit is unknown here")
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(404));
		long cancelled = people.appointment(therapist, client.id(), Instant.now().minus(Duration.ofDays(5)), "CANCELLED",
				"Cancelled");
		assertThatThrownBy(() -> payments.markPaid(client.id(), cancelled, PaymentMethod.CASH, 100, null, desk.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(409));
		assertThat(payments.current(visit)).isEmpty();
	}

	@Test
	void visitsPaidAtTheSameTimeGetConsecutiveReceiptNumbersWithoutGapsOrDuplicates() throws Exception {
		int n = 8;
		List<Long> visits = new java.util.ArrayList<>();
		for (int i = 0; i < n; i++) {
			visits.add(people.appointment(therapist, client.id(), Instant.now().minus(Duration.ofDays(20 + i)),
					"COMPLETED", "Parallel"));
		}
		long before = jdbc.sql("select last_number from payment_receipt_counter").query(Long.class).single();
		var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			var start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<Payment>> paid = new java.util.ArrayList<>();
			for (long v : visits) {
				paid.add(pool.submit(() -> {
					start.await();
					return payments.markPaid(client.id(), v, PaymentMethod.CASH, null, null, desk.id());
				}));
			}
			start.countDown();
			java.util.Set<Long> numbers = new java.util.TreeSet<>();
			for (var f : paid) {
				numbers.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS).receiptNumber());
			}
			assertThat(numbers).hasSize(n).containsExactlyElementsOf(
					java.util.stream.LongStream.rangeClosed(before + 1, before + n).boxed().toList());
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theReceiptIsAPdfWithTheClinicTheVisitTheAmountAndPaidAndIsEmailed() throws Exception {
		Payment paid = payments.markPaid(client.id(), visit, PaymentMethod.CARD, 8050, null, desk.id());
		byte[] pdf = payments.receipt(client.id(), visit);
		String text = text(pdf);
		String clinic = jdbc.sql("select name from clinic").query(String.class).single();
		String service = jdbc.sql("select s.name from appointment a join service s on s.id = a.service_id where a.id = :id")
			.param("id", visit).query(String.class).single();
		assertThat(text).contains(clinic, "Receipt", paid.receipt(), "Nora Quill", service, therapist.displayName(),
				"£80.50", "Card", "Paid");
		assertThat(audit.forSubject("appointment", String.valueOf(visit))).extracting(AuditEvent::action)
			.contains("RECEIPT_READ");

		var mail = jdbc.sql("select subject, attachment_name, attachment_data, body_text from mail_outbox where recipient = :to")
			.param("to", client.user().getUsername())
			.query((rs, i) -> new Object[] { rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4) })
			.single();
		assertThat((String) mail[0]).isEqualTo("Your receipt " + paid.receipt());
		assertThat((String) mail[3]).isEqualTo("Dear Nora,\n\nThank you for your payment of £80.50 for " + service
				+ ". Your receipt " + paid.receipt() + " is attached as a PDF; you can also download it from your account, "
				+ "under your earlier appointments.\n");
		assertThat((String) mail[1]).isEqualTo("receipt-" + paid.receipt() + ".pdf");
		assertThat(text((byte[]) mail[2])).contains(paid.receipt(), "£80.50", "Paid");
	}

	@Test
	void theClientGetsOnlyTheirOwnPaidReceiptEverythingElseIs404() throws Exception {
		payments.markPaid(other.id(), othersVisit, PaymentMethod.CASH, null, null, desk.id());
		assertThat(mvc.perform(get("/portal/appointments/" + visit + "/receipt.pdf").with(user(client.user())))
			.andReturn().getResponse().getStatus()).as("own visit, not paid").isEqualTo(404);
		payments.markPaid(client.id(), visit, PaymentMethod.CASH, null, null, desk.id());
		MockHttpServletResponse own = mvc
			.perform(get("/portal/appointments/" + visit + "/receipt.pdf").with(user(client.user())))
			.andReturn().getResponse();
		assertThat(own.getStatus()).isEqualTo(200);
		assertThat(own.getContentType()).isEqualTo("application/pdf");
		assertThat(text(own.getContentAsByteArray())).contains("Nora Quill");
		assertThat(mvc.perform(get("/portal/appointments/" + othersVisit + "/receipt.pdf").with(user(client.user())))
			.andReturn().getResponse().getStatus()).as("another client's paid visit").isEqualTo(404);
		assertThat(mvc.perform(get("/portal/appointments/99999999/receipt.pdf").with(user(client.user())))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theFrontDeskMarksPaidAndVoidsFromThePageAndWrongIdsAre404() throws Exception {
		String page = "/clients/" + client.id() + "/appointments/" + visit + "/payment";
		String html = mvc.perform(get(page).with(user(desk))).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Mark paid", "value=\"75.00\"");

		MockHttpServletResponse bad = mvc.perform(post(page).with(user(desk)).with(csrf()).param("method", "CASH")
			.param("amount", "seventy")).andReturn().getResponse();
		assertThat(bad.getStatus()).isEqualTo(200);
		assertThat(bad.getContentAsString()).contains("Enter the amount in pounds and pence");
		assertThat(payments.current(visit)).isEmpty();

		MockHttpServletResponse done = mvc.perform(post(page).with(user(desk)).with(csrf()).param("method", "TERMINAL")
			.param("amount", "70.5").param("paidAt", "")).andReturn().getResponse();
		assertThat(done.getRedirectedUrl()).isEqualTo(page);
		assertThat(payments.current(visit)).get().extracting(Payment::amountCents, Payment::method)
			.containsExactly(7050, PaymentMethod.TERMINAL);

		FasciaUser owner = accounts.principal(Role.OWNER);
		mvc.perform(post(page + "/void").with(user(owner)).with(csrf()).param("reason", "Paid twice by mistake"));
		assertThat(payments.current(visit)).isEmpty();

		String wrong = "/clients/" + other.id() + "/appointments/" + visit;
		assertThat(mvc.perform(get(wrong + "/payment").with(user(desk))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(post(wrong + "/payment").with(user(desk)).with(csrf()).param("method", "CASH")
			.param("amount", "1")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(post(wrong + "/payment/void").with(user(desk)).with(csrf()).param("reason", "x"))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get(wrong + "/receipt.pdf").with(user(desk))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get(page).with(user(therapist))).andReturn().getResponse().getStatus())
			.as("therapists do not take payments").isEqualTo(403);
		assertThat(payments.current(visit)).isEmpty();
	}

	@Test
	void theCalendarPanelAndTheClientRecordLinkThePaymentForTheFrontDeskAndTheOwnerOnly() throws Exception {
		String link = "/clients/" + client.id() + "/appointments/" + visit + "/payment";
		for (FasciaUser staff : List.of(desk, accounts.principal(Role.OWNER))) {
			assertThat(mvc.perform(get("/calendar/appointments/" + visit).with(user(staff))).andReturn().getResponse()
				.getContentAsString()).contains(link, "Payment and receipt");
			assertThat(mvc.perform(get("/clients/" + client.id()).with(user(staff))).andReturn().getResponse()
				.getContentAsString()).contains(link);
		}
		assertThat(mvc.perform(get("/calendar/appointments/" + visit).with(user(therapist))).andReturn().getResponse()
			.getContentAsString()).doesNotContain(link);
	}

	static String text(byte[] pdf) throws Exception {
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
