package org.fascia.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clinic.Clinic;
import org.fascia.clinic.ClinicSettings;
import org.fascia.identity.Account;
import org.fascia.identity.Accounts;
import org.fascia.identity.Role;
import org.fascia.messaging.MailOutbox;
import org.fascia.messaging.OutgoingMail;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enquiries from the public "Ask us" form: validated as a whole (nothing half-written), rate-limited per client
 * address, stored with the consent wording, and in the same transaction an acknowledgement to the sender and a
 * notice to the owners and the front desk through the mail outbox. The notice carries the sender's name and a link,
 * not the message: people write about their health, and email is not private. A filled honeypot is stored as spam,
 * looks accepted to the robot, and is neither mailed nor shown.
 */
@Service
public class Enquiries {

	/** How long enquiries stay in the inbox list. */
	static final Duration LISTED_FOR = Duration.ofDays(180);

	static final int REPLY_MAX = 5000;

	private static final RowMapper<Enquiry> ROW = (rs, i) -> new Enquiry(rs.getLong("id"), rs.getString("name"),
			rs.getString("email"), rs.getString("phone"), rs.getString("message"), rs.getString("consent_text"),
			Db.instant(rs, "created_at"));

	private final JdbcClient jdbc;

	private final EnquiryLimiter limiter;

	private final MailOutbox outbox;

	private final Accounts accounts;

	private final ClinicSettings clinic;

	private final AuditLog audit;

	private final Clock clock;

	private final String baseUrl;

	private final Words words;

	Enquiries(JdbcClient jdbc, EnquiryLimiter limiter, MailOutbox outbox, Accounts accounts, ClinicSettings clinic,
			AuditLog audit, Clock clock, @Value("${fascia.base-url}") String baseUrl, Words words) {
		this.words = words;
		this.jdbc = jdbc;
		this.limiter = limiter;
		this.outbox = outbox;
		this.accounts = accounts;
		this.clinic = clinic;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** The consent wording the form shows next to its checkbox, stored with each enquiry. */
	public String consentText() {
		return words.text("inbox.enquiry.consent", clinicName());
	}

	/**
	 * Stores an enquiry and mails the sender and the clinic.
	 * @param clientIp the request's client address (after the server's forwarded-header handling, if configured)
	 * @return the stored enquiry's id
	 * @throws ApiProblem 400 naming every invalid field (nothing stored), 429 when the address or the clinic has sent
	 * too many enquiries in the last hour (nothing stored)
	 */
	@Transactional
	public long submit(EnquiryForm raw, String clientIp) {
		EnquiryForm form = raw.trimmed();
		Map<String, String> problems = form.problems(words);
		if (!problems.isEmpty()) {
			throw ApiProblem.invalid(problems);
		}
		Optional<EnquiryLimiter.Refusal> refused = limiter.take(clientIp);
		if (refused.isPresent()) {
			audit.record("ENQUIRY_RATE_LIMITED", "enquiry", null, AuditOutcome.DENIED,
					refused.get().global() ? "clinic-wide cap" : "per-address limit");
			throw ApiProblem.tooManyRequests(refused.get().global() ? words.text("inbox.problem.tooManyOverall")
					: words.text("inbox.problem.tooManyFromYou"), refused.get().retryAfterSeconds());
		}
		boolean spam = form.robot();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String consent = consentText();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into enquiry (name, email, phone, message, consent_text, client_ip, spam, created_at)
				values (:name, :email, :phone, :message, :consent, :ip, :spam, :now)
				""")
			.param("name", form.name())
			.param("email", form.email())
			.param("phone", form.phone() == null || form.phone().isEmpty() ? null : form.phone())
			.param("message", form.message())
			.param("consent", consent)
			.param("ip", clientIp == null || clientIp.length() <= 64 ? clientIp : clientIp.substring(0, 64))
			.param("spam", spam)
			.param("now", Db.utc(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record("ENQUIRY_RECEIVED", "enquiry", id, AuditOutcome.SUCCESS, spam ? "spam (honeypot filled)" : null);
		if (!spam) {
			mail(id, form);
		}
		return id;
	}

	private void mail(long id, EnquiryForm form) {
		String clinicName = clinicName();
		outbox.enqueue(OutgoingMail.text(form.email(), words.text("mail.inbox.received.subject", clinicName),
				words.text("mail.inbox.received.body", form.name(), clinicName, baseUrl)));
		String link = baseUrl + "/inbox/enquiries/" + id;
		for (Account staff : accounts.withRoles(Set.of(Role.OWNER, Role.FRONT_DESK))) {
			outbox.enqueue(OutgoingMail.text(staff.email(), words.text("mail.inbox.notice.subject", form.name()),
					words.text("mail.inbox.notice.body", form.name(), link, clinicName)));
		}
	}

	/** One enquiry (not spam) for staff; audited. */
	@Transactional(readOnly = true)
	public Optional<Enquiry> find(long id) {
		Optional<Enquiry> enquiry = jdbc.sql("select * from enquiry where id = :id and spam = false").param("id", id)
			.query(ROW).optional();
		audit.record("ENQUIRY_READ", "enquiry", id, enquiry.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
				null);
		return enquiry;
	}

	/** The enquiry's replies, oldest first. */
	@Transactional(readOnly = true)
	public List<Enquiry.Reply> replies(long enquiryId) {
		return jdbc.sql("""
				select r.id, r.enquiry_id, r.body, u.display_name, r.sent_at from enquiry_reply r
				join app_user u on u.id = r.sent_by where r.enquiry_id = :id order by r.sent_at, r.id
				""")
			.param("id", enquiryId)
			.query((rs, i) -> new Enquiry.Reply(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					Db.instant(rs, "sent_at")))
			.list();
	}

	/**
	 * Replies to an enquiry by email (through the outbox, in this transaction) and stores the reply; audited.
	 * @throws ApiProblem 404 for an unknown (or spam) enquiry, 400 for an empty or too long reply
	 */
	@Transactional
	public Enquiry.Reply reply(long enquiryId, String body, long staffUserId) {
		Enquiry enquiry = jdbc.sql("select * from enquiry where id = :id and spam = false").param("id", enquiryId)
			.query(ROW).optional()
			.orElseThrow(() -> ApiProblem.notFound(words.text("inbox.problem.noEnquiry", String.valueOf(enquiryId))));
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw ApiProblem.badRequest("body", words.text("inbox.problem.replyEmpty"));
		}
		if (text.length() > REPLY_MAX) {
			throw ApiProblem.badRequest("body", words.text("inbox.problem.replyTooLong", String.valueOf(REPLY_MAX),
					String.valueOf(text.length())));
		}
		String clinicName = clinicName();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		long mailId = outbox.enqueue(OutgoingMail.text(enquiry.email(), words.text("mail.inbox.reply.subject", clinicName),
				words.text("mail.inbox.reply.body", text, clinicName, baseUrl)));
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into enquiry_reply (enquiry_id, body, sent_by, sent_at, mail_id)
				values (:enquiry, :body, :by, :now, :mail)
				""")
			.param("enquiry", enquiryId)
			.param("body", text)
			.param("by", staffUserId)
			.param("now", Db.utc(now))
			.param("mail", mailId)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record("ENQUIRY_REPLIED", "enquiry", enquiryId, AuditOutcome.SUCCESS, "reply " + id + ", mail " + mailId);
		String by = accounts.find(staffUserId).map(Account::displayName).orElseGet(() -> words.text("inbox.enquiry.staff"));
		return new Enquiry.Reply(id, enquiryId, text, by, now);
	}

	/** The enquiries (not spam) of the last 180 days with how many replies each has, for the inbox. */
	List<Listed> listed() {
		return jdbc.sql("""
				select e.*, (select count(*) from enquiry_reply r where r.enquiry_id = e.id) as replies
				from enquiry e where e.spam = false and e.created_at >= :since order by e.created_at desc, e.id desc
				""")
			.param("since", Db.utc(clock.instant().minus(LISTED_FOR)))
			.query((rs, i) -> new Listed(ROW.mapRow(rs, i), rs.getInt("replies")))
			.list();
	}

	record Listed(Enquiry enquiry, int replies) {
	}

	private String clinicName() {
		return clinic.current().map(Clinic::name).orElseGet(() -> words.text("inbox.enquiry.theClinic"));
	}

}
