package org.fascia.payments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.booking.AppointmentStatus;
import org.fascia.booking.AppointmentView;
import org.fascia.booking.ClientAppointments;
import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.ServiceOffering;
import org.fascia.messaging.MailOutbox;
import org.fascia.messaging.OutgoingMail;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payments module's API. A visit has at most one standing payment (a unique constraint); the paid fields of a
 * payment are never updated: a mistake is voided (with a reason) and a new payment recorded, with a new receipt
 * number. Receipt numbers come from one counter row, locked while a payment is recorded, so they are sequential
 * and unique across threads and nodes. Every change and every receipt read is audited; the receipt goes to the
 * client by email through the outbox, in the same transaction.
 */
@Service
public class Payments {

	/** The largest amount accepted: £100,000 (the column allows it; a typo beyond it is refused). */
	static final int MAX_CENTS = 10_000_000;

	private static final RowMapper<Payment> PAYMENT = (rs, i) -> new Payment(rs.getLong("id"),
			rs.getLong("appointment_id"), rs.getLong("client_id"), rs.getLong("receipt_number"),
			rs.getInt("amount_cents"), PaymentMethod.valueOf(rs.getString("method")), Db.instant(rs, "paid_at"),
			rs.getString("service_name"), rs.getString("therapist_name"), Db.instant(rs, "visit_start"),
			rs.getLong("recorded_by"), rs.getString("recorded_by_name"), Db.instant(rs, "recorded_at"),
			Db.instant(rs, "voided_at"), rs.getString("voided_by_name"), rs.getString("void_reason"));

	private static final String SELECT = """
			select p.*, r.display_name as recorded_by_name, v.display_name as voided_by_name
			from payment p join app_user r on r.id = p.recorded_by left join app_user v on v.id = p.voided_by
			""";

	private final JdbcClient jdbc;

	private final ClientAppointments appointments;

	private final ClinicCatalog catalog;

	private final ClientDirectory clients;

	private final Receipts receipts;

	private final MailOutbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	Payments(JdbcClient jdbc, ClientAppointments appointments, ClinicCatalog catalog, ClientDirectory clients,
			Receipts receipts, MailOutbox outbox, AuditLog audit, Clock clock, Words words) {
		this.words = words;
		this.jdbc = jdbc;
		this.appointments = appointments;
		this.catalog = catalog;
		this.clients = clients;
		this.receipts = receipts;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	/** The appointment of the client, or 404 (another client's appointment is unknown here). */
	public AppointmentView appointment(long clientId, long appointmentId) {
		return appointments.one(appointmentId, clientId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("payments.problem.noAppointment")));
	}

	/** The service's price for the visit, in pence (what "mark paid" proposes). */
	public int price(AppointmentView appointment) {
		return catalog.services().stream().filter(s -> s.id() == appointment.serviceId()).findFirst()
			.map(ServiceOffering::priceCents).orElse(0);
	}

	/** The standing (not voided) payment of an appointment. */
	public Optional<Payment> current(long appointmentId) {
		return jdbc.sql(SELECT + " where p.open_appointment_id = :id").param("id", appointmentId).query(PAYMENT)
			.optional();
	}

	/** Every payment of an appointment, voided ones too, oldest first. */
	public List<Payment> history(long appointmentId) {
		return jdbc.sql(SELECT + " where p.appointment_id = :id order by p.id").param("id", appointmentId)
			.query(PAYMENT).list();
	}

	/** The client's standing payments, newest visit first. */
	public List<Payment> ofClient(long clientId) {
		return jdbc.sql(SELECT + " where p.client_id = :client and p.voided_at is null order by p.visit_start desc")
			.param("client", clientId).query(PAYMENT).list();
	}

	/** The ids of the client's appointments that are paid. */
	public Set<Long> paidAppointments(long clientId) {
		return ofClient(clientId).stream().map(Payment::appointmentId).collect(Collectors.toSet());
	}

	/**
	 * Marks a visit of the client paid.
	 * @param amountCents null for the service's price
	 * @param paidAt null for now; never in the future
	 * @throws ApiProblem 404 unknown appointment of this client, 409 already paid or cancelled, 400 bad amount or time
	 */
	@Transactional
	public Payment markPaid(long clientId, long appointmentId, PaymentMethod method, Integer amountCents,
			Instant paidAt, long staffUserId) {
		AppointmentView appointment = appointment(clientId, appointmentId);
		if (appointment.status() == AppointmentStatus.CANCELLED) {
			throw ApiProblem.conflict(words.text("payments.problem.cancelled"));
		}
		if (method == null) {
			throw ApiProblem.badRequest("method", words.text("payments.problem.method"));
		}
		int amount = amountCents == null ? price(appointment) : amountCents;
		if (amount < 0 || amount > MAX_CENTS) {
			throw ApiProblem.badRequest("amount", words.text("payments.problem.amount"));
		}
		Instant now = clock.instant();
		Instant paid = paidAt == null ? now : paidAt;
		if (paid.isAfter(now.plus(Duration.ofMinutes(5)))) {
			throw ApiProblem.badRequest("paidAt", words.text("payments.problem.future"));
		}
		if (current(appointmentId).isPresent()) {
			throw ApiProblem.conflict(words.text("payments.problem.alreadyPaid"));
		}
		long number = jdbc.sql("select last_number from payment_receipt_counter where id = 1 for update")
			.query(Long.class).single() + 1;
		jdbc.sql("update payment_receipt_counter set last_number = :n where id = 1").param("n", number).update();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					insert into payment (appointment_id, client_id, receipt_number, amount_cents, method, paid_at,
					                     service_name, therapist_name, visit_start, recorded_by, recorded_at,
					                     open_appointment_id)
					values (:appointment, :client, :number, :amount, :method, :paid, :service, :therapist, :start, :by,
					        :now, :appointment)
					""")
				.param("appointment", appointmentId)
				.param("client", clientId)
				.param("number", number)
				.param("amount", amount)
				.param("method", method.name())
				.param("paid", Db.utc(paid))
				.param("service", appointment.service())
				.param("therapist", appointment.therapist())
				.param("start", Db.utc(appointment.start()))
				.param("by", staffUserId)
				.param("now", Db.utc(now))
				.update(keys, "id");
		}
		catch (DuplicateKeyException ex) {
			throw ApiProblem.conflict(words.text("payments.problem.alreadyPaid"));
		}
		Payment payment = current(appointmentId).orElseThrow();
		audit.record("PAYMENT_RECORDED", "appointment", appointmentId, AuditOutcome.SUCCESS,
				"receipt " + payment.receipt() + ", " + payment.amount() + ", " + method.name());
		clients.find(clientId).filter(c -> c.email() != null && !c.email().isBlank()).ifPresent(client -> {
			byte[] pdf = receipts.pdf(payment, client.fullName());
			outbox.enqueue(new OutgoingMail(client.email(), words.text("mail.payments.receipt.subject", payment.receipt()),
					words.text("mail.payments.receipt.body", client.firstName(), payment.amount(), appointment.service(),
							payment.receipt()),
					null, new OutgoingMail.Attachment("receipt-" + payment.receipt() + ".pdf", "application/pdf",
							pdf)));
		});
		return payment;
	}

	/**
	 * Voids the standing payment of a visit (the row stays, marked voided, with the reason).
	 * @throws ApiProblem 404 unknown appointment or nothing to void, 400 no reason
	 */
	@Transactional
	public Payment voidPayment(long clientId, long appointmentId, String reason, long staffUserId) {
		appointment(clientId, appointmentId);
		if (reason == null || reason.isBlank()) {
			throw ApiProblem.badRequest("reason", words.text("payments.problem.voidReason"));
		}
		if (reason.strip().length() > 500) {
			throw ApiProblem.badRequest("reason", words.text("payments.problem.voidReasonTooLong"));
		}
		Payment payment = current(appointmentId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("payments.problem.nothingToVoid")));
		int changed = jdbc.sql("""
				update payment set voided_at = :now, voided_by = :by, void_reason = :reason, open_appointment_id = null
				where id = :id and voided_at is null
				""")
			.param("now", Db.utc(clock.instant()))
			.param("by", staffUserId)
			.param("reason", reason.strip())
			.param("id", payment.id())
			.update();
		if (changed != 1) {
			throw ApiProblem.conflict(words.text("payments.problem.voidedMeanwhile"));
		}
		audit.record("PAYMENT_VOIDED", "appointment", appointmentId, AuditOutcome.SUCCESS,
				"receipt " + payment.receipt() + ": " + reason.strip());
		return history(appointmentId).stream().filter(p -> p.id() == payment.id()).findFirst().orElseThrow();
	}

	/**
	 * The receipt of the visit's standing payment as a PDF (audited).
	 * @throws ApiProblem 404 when the appointment is not the client's or is not paid
	 */
	public byte[] receipt(long clientId, long appointmentId) {
		appointment(clientId, appointmentId);
		Payment payment = current(appointmentId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("payments.problem.noReceipt")));
		String name = clients.find(clientId).map(ClientDirectory.ClientRecord::fullName).orElse("");
		byte[] pdf = receipts.pdf(payment, name);
		audit.record("RECEIPT_READ", "appointment", appointmentId, AuditOutcome.SUCCESS, payment.receipt());
		return pdf;
	}

	/** The client's payments for the "your data" export (voided ones too). */
	List<Map<String, Object>> export(long clientId) {
		return jdbc.sql(SELECT + " where p.client_id = :client order by p.id").param("client", clientId)
			.query(PAYMENT).list().stream().map(p -> {
				Map<String, Object> row = new java.util.LinkedHashMap<>();
				row.put("receipt", p.receipt());
				row.put("appointmentId", p.appointmentId());
				row.put("visit", p.visitStart().toString());
				row.put("service", p.serviceName());
				row.put("therapist", p.therapistName());
				row.put("amountPence", p.amountCents());
				row.put("method", p.method().name());
				row.put("paidAt", p.paidAt().toString());
				row.put("voidedAt", p.voidedAt() == null ? null : p.voidedAt().toString());
				row.put("voidReason", p.voidReason());
				return row;
			}).toList();
	}

}
