package org.fascia.privacy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.fascia.charting.BodyRegion;
import org.fascia.charting.NoteContent;
import org.fascia.charting.PainMaps;
import org.fascia.charting.ResponseSinceLast;
import org.fascia.charting.SessionNote;
import org.fascia.charting.SessionNotes;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.intake.IntakeResponses;
import org.fascia.intake.IntakeSubmitted;
import org.fascia.outcomes.Instrument;
import org.fascia.outcomes.OutcomeResponses;
import org.fascia.outcomes.OutcomeRound;
import org.fascia.outcomes.OutcomeSource;
import org.fascia.payments.PaymentMethod;
import org.fascia.payments.Payments;
import org.fascia.platform.Db;
import org.fascia.support.TestAccounts;
import org.fascia.support.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A client with something in every module: a past visit with a signed note, intake answers (screened), a consent,
 * a pain map, an outcome score, a self-care item with a tick, a waitlist place, a future visit, a payment.
 */
@Component
class ClientData {

	record Client(TestPeople.Person person, long pastVisit, long futureVisit, long assignment, FasciaUser therapist) {
	}

	private final TestAccounts accounts;

	private final TestPeople people;

	private final IntakeResponses intake;

	private final SessionNotes notes;

	private final PainMaps painMaps;

	private final OutcomeResponses outcomes;

	private final Payments payments;

	private final JdbcClient jdbc;

	ClientData(TestAccounts accounts, TestPeople people, IntakeResponses intake, SessionNotes notes,
			PainMaps painMaps, OutcomeResponses outcomes, Payments payments, JdbcClient jdbc) {
		this.accounts = accounts;
		this.people = people;
		this.intake = intake;
		this.notes = notes;
		this.painMaps = painMaps;
		this.outcomes = outcomes;
		this.payments = payments;
		this.jdbc = jdbc;
	}

	Client full(String first, String last) {
		accounts.ensureClinic();
		TestPeople.Person person = people.client(first, last);
		jdbc.sql("update client set phone = '07700 900123' where id = :id").param("id", person.id()).update();
		FasciaUser therapist = people.therapist();
		Instant past = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.HOURS);
		long visit = people.appointment(therapist, person.id(), past, "COMPLETED", "Deep tissue");
		long future = people.appointment(therapist, person.id(), past.plus(Duration.ofDays(20)), "BOOKED", "Swedish");
		intake.store(person.id(), Map.of("age", 52, "pain_duration_days", 400, "pain_trend", "improving",
				"antiplatelet", true), IntakeResponses.Source.STAFF_ENTERED, IntakeSubmitted.Kind.INTAKE, null,
				accounts.principal(Role.FRONT_DESK).id());
		String text = "# Consent to massage\n\nI agree to massage therapy.";
		jdbc.sql("""
				insert into consent_signature (client_id, kind, text_version, text_sha256, text_body, typed_name,
				                               typed_name_is_signature, signed_at, user_id)
				values (:client, 'MASSAGE', 1, :sha, :text, :name, true, :at, :user)
				""")
			.param("client", person.id()).param("sha", sha256(text)).param("text", text)
			.param("name", first + " " + last).param("at", Db.utc(past)).param("user", person.user().id()).update();
		SessionNote draft = notes.save(visit, new NoteContent("Stiff after gardening", 6, false,
				List.of(BodyRegion.LOWER_BACK_L), "Flexion limited to mid-shin", "Tight QL", ResponseSinceLast.FIRST_VISIT,
				"Weekly, focus on the lower back", "Walking 20 min daily", "We eased your lower back."), 0, therapist.id());
		notes.sign(visit, draft.version(), therapist.id());
		painMaps.save(person.id(), List.of(BodyRegion.LOWER_BACK_L.code()), "6");
		if (outcomes.visitScore(visit, Instrument.NPRS).isEmpty()) {
			// the signed note's "pain today" is stored as the visit's NPRS; without it, record one here
			outcomes.record(person.id(), new OutcomeResponses.NewResponse(Instrument.NPRS, OutcomeRound.VISIT, visit,
					null, Map.of("pain", 6), OutcomeSource.SESSION, therapist.id()));
		}
		long item = jdbc.sql("select id from self_care_item where code = 'WALKING'").query(Long.class).single();
		long assignment = jdbc.sql("""
				insert into self_care_assignment (client_id, item_id, dose, days_per_week, start_date, assigned_by, assigned_at)
				values (:client, :item, '20 minutes', 5, :start, :by, :at)
				""").param("client", person.id()).param("item", item).param("start", LocalDate.now().minusDays(5))
			.param("by", therapist.id()).param("at", Db.utc(past)).update() == 1
					? jdbc.sql("select max(id) from self_care_assignment where client_id = :c").param("c", person.id())
						.query(Long.class).single()
					: -1;
		jdbc.sql("insert into self_care_tick (assignment_id, done_on, recorded_at) values (:a, :d, :at)")
			.param("a", assignment).param("d", LocalDate.now().minusDays(1)).param("at", Db.utc(Instant.now())).update();
		jdbc.sql("insert into self_care_reminder_preference (client_id, weekly, changed_at) values (:c, true, :at)")
			.param("c", person.id()).param("at", Db.utc(Instant.now())).update();
		long service = jdbc.sql("select service_id from appointment where id = :id").param("id", visit)
			.query(Long.class).single();
		jdbc.sql("""
				insert into waitlist_entry (client_id, service_id, wanted_before, created_at)
				values (:c, :s, :before, :now)
				""").param("c", person.id()).param("s", service)
			.param("before", Db.utc(Instant.now().plus(Duration.ofDays(7)))).param("now", Db.utc(Instant.now())).update();
		payments.markPaid(person.id(), visit, PaymentMethod.CARD, null, null, accounts.principal(Role.FRONT_DESK).id());
		return new Client(person, visit, future, assignment, therapist);
	}

	static String sha256(String text) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
