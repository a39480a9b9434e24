package org.fascia.demo;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.FirstStart;
import org.fascia.clinic.NewService;
import org.fascia.clinic.ServiceKind;
import org.fascia.clinic.WorkingInterval;
import org.fascia.identity.Account;
import org.fascia.identity.Accounts;
import org.fascia.identity.NewAccount;
import org.fascia.identity.Role;
import org.fascia.intake.IntakeResponses;
import org.fascia.intake.IntakeSubmitted;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The demo clinic's content, written in one transaction. The README lists these logins. */
@Service
class DemoClinic {

	static final String PASSWORD = "fascia-demo-2026";

	static final String DOMAIN = "@demo.fascia.test";

	private final FirstStart firstStart;

	private final Accounts accounts;

	private final ClinicCatalog catalog;

	private final ClientDirectory clients;

	private final IntakeResponses intakes;

	private final DemoArticles articles;

	private final org.fascia.clients.Family family;

	DemoClinic(FirstStart firstStart, Accounts accounts, ClinicCatalog catalog, ClientDirectory clients,
			IntakeResponses intakes, DemoArticles articles, org.fascia.clients.Family family) {
		this.family = family;
		this.articles = articles;
		this.firstStart = firstStart;
		this.accounts = accounts;
		this.catalog = catalog;
		this.clients = clients;
		this.intakes = intakes;
	}

	@Transactional
	void load() {
		firstStart.setUp("Northside Back Care", "Europe/London", "Olivia Grant", "owner" + DOMAIN, PASSWORD);
		Account frontDesk = accounts.create(new NewAccount("frontdesk" + DOMAIN, "Sam Patel", PASSWORD, Role.FRONT_DESK));

		catalog.setMainAddress("14 Mill Lane, Northside, Leeds LS6 2AB");
		catalog.addRoom("Room 1 (Garden)");
		catalog.addRoom("Room 2 (Studio)");

		long maya = therapist("maya", "Maya Chen",
				"Licensed massage therapist with ten years of deep tissue and myofascial work, mostly with "
						+ "office workers and runners whose lower backs ache. Talks you through every step.",
				week(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY), "09:00", "13:00", "14:00", "18:00"));
		long tom = therapist("tom", "Tom Okafor",
				"Sports massage and assisted stretching. Former physiotherapy assistant; patient with stiff, "
						+ "guarded backs and people who fear massage will hurt.",
				week(List.of(TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), "10:00", "14:00", "15:00", "19:00"));
		long lena = therapist("lena", "Lena Svensson",
				"Swedish and relaxation massage, gentle myofascial release, pregnancy-aware care. Works with "
						+ "light to medium pressure and long-standing, sensitive pain.",
				week(List.of(MONDAY, WEDNESDAY, FRIDAY, SATURDAY), "08:30", "12:30", "13:30", "16:30"));
		List<Long> all = List.of(maya, tom, lena);

		catalog.addService(new NewService("Free back-pain consultation (15 min)",
				"A short talk about your back, what you hope for, and which massage is likely to help. No treatment.",
				15, 0, 0, ServiceKind.CONSULTATION, true, all));
		catalog.addService(new NewService("Deep tissue massage (60 min)",
				"Slow, firm work on the deeper layers of muscle and fascia, always within your comfort.",
				60, 15, 7500, ServiceKind.TREATMENT, true, List.of(maya, tom)));
		catalog.addService(new NewService("Deep tissue massage (90 min)",
				"More time for the back, hips and legs together; for longer-standing tension.",
				90, 15, 10500, ServiceKind.TREATMENT, true, List.of(maya, tom)));
		catalog.addService(new NewService("Swedish massage (60 min)",
				"Flowing, lighter strokes that ease tension and help you relax; a good first massage.",
				60, 15, 6500, ServiceKind.TREATMENT, true, List.of(tom, lena)));
		catalog.addService(new NewService("Myofascial release (45 min)",
				"Sustained, gentle pressure to ease restrictions in the connective tissue around muscles.",
				45, 15, 6000, ServiceKind.TREATMENT, true, List.of(maya, lena)));

		articles.load(accounts.findByEmail("owner" + DOMAIN).orElseThrow().id());

		DemoClient alex = client("alex", "Alex", "Morgan", "07700 900101");
		DemoClient priya = client("priya", "Priya", "Shah", "07700 900102");
		DemoClient daniel = client("daniel", "Daniel", "Novak", "07700 900103");
		client("ruth", "Ruth", "Ellis", null);
		// A family: Alex Morgan books for his daughter Isla (16), whose back aches after hockey and a heavy school
		// bag. Her health questions and consent are still to do, by her father from his account.
		family.addChild(alex.userId(), new org.fascia.clients.Family.NewChild("Isla", "Morgan",
				java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusYears(16).minusMonths(3).toString()));

		// Submitted intakes, screened as they are stored. Ruth Ellis has not filled hers in yet. Consent is
		// left unsigned: signing needs the client's own typed name or drawn signature (no API signs for them).
		Map<String, Object> alexAnswers = intake("Alex", "Morgan", 41, "male", "07700 900101");
		alexAnswers.put("pain_duration_days", 45);
		alexAnswers.put("pain_onset_age", 39);
		alexAnswers.put("pain_trend", "improving");
		alexAnswers.put("leg_pain", "one_leg");
		alexAnswers.put("leg_pain_below_knee", true);
		alexAnswers.put("leg_pain_became_bilateral", false);
		alexAnswers.put("buttock_pain", true);
		alexAnswers.put("medications", "Ibuprofen when the leg flares up.");
		alexAnswers.put("goals", "Sit through a workday without the ache running down my left leg.");
		alexAnswers.put("pressure_preference", "medium");
		intakes.store(alex.id(), alexAnswers, IntakeResponses.Source.CLIENT, IntakeSubmitted.Kind.INTAKE, null,
				alex.userId());

		Map<String, Object> priyaAnswers = intake("Priya", "Shah", 52, "female", "07700 900102");
		priyaAnswers.put("pain_duration_days", 400);
		priyaAnswers.put("pain_onset_age", 48);
		priyaAnswers.put("pain_trend", "stable");
		priyaAnswers.put("anticoagulant", true);
		priyaAnswers.put("clot_diagnosed", true);
		priyaAnswers.put("dvt_history_weeks", 40);
		priyaAnswers.put("pregnant", false);
		priyaAnswers.put("medications", "Apixaban 5 mg twice a day since a clot in the right calf last winter.");
		priyaAnswers.put("goals", "Ease the stiffness in my lower back after long days at the desk.");
		priyaAnswers.put("pressure_preference", "light");
		priyaAnswers.put("areas_to_avoid", "Right calf.");
		intakes.store(priya.id(), priyaAnswers, IntakeResponses.Source.STAFF_ENTERED, IntakeSubmitted.Kind.INTAKE,
				null, frontDesk.id());

		Map<String, Object> danielAnswers = intake("Daniel", "Novak", 34, "male", "07700 900103");
		danielAnswers.put("pain_duration_days", 200);
		danielAnswers.put("pain_onset_age", 31);
		danielAnswers.put("pain_trend", "improving");
		danielAnswers.put("goals", "Keep my back loose for five-a-side football.");
		danielAnswers.put("pressure_preference", "firm");
		intakes.store(daniel.id(), danielAnswers, IntakeResponses.Source.CLIENT, IntakeSubmitted.Kind.INTAKE, null,
				daniel.userId());
	}

	private record DemoClient(long id, long userId) {
	}

	/** A complete intake with every screening question answered "no", to adjust per client. */
	private static Map<String, Object> intake(String first, String last, int age, String sex, String phone) {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("first_name", first);
		answers.put("last_name", last);
		answers.put("age", age);
		answers.put("sex", sex);
		answers.put("phone", phone);
		answers.put("emergency_contact_name", "A. " + last);
		answers.put("emergency_contact_phone", "07700 900199");
		answers.put("emergency_contact_relationship", "Partner");
		answers.put("gp_name", "Dr Hannah Reid");
		answers.put("gp_practice", "Northside Medical Centre");
		answers.put("leg_pain", "none");
		answers.put("trauma", "none");
		answers.put("leg_weakness", "none");
		answers.put("cancer", "none");
		answers.put("diabetes", "none");
		answers.put("hypertension", "none");
		answers.put("varicose_veins", "none");
		for (String no : List.of("thoracic_pain", "night_pain", "constant_pain", "pain_on_straining",
				"sudden_severe_onset", "wakes_second_half_night", "buttock_pain", "improves_with_movement",
				"nsaid_relief_48h", "gait_disturbance", "bladder_change", "bowel_incontinence", "saddle_numbness",
				"sexual_dysfunction_new", "peripheral_neuropathy", "fever", "weight_loss_unexplained",
				"recent_infection", "iv_drug_use", "immunosuppressed", "long_term_steroids", "osteoporosis", "smoker",
				"abdominal_pain", "faint_or_collapse", "family_spa", "arthritis_enthesitis_psoriasis",
				"aortic_aneurysm_known", "anticoagulant", "antiplatelet", "bleeding_disorder", "clot_diagnosed",
				"dvt_signs", "chest_symptoms", "recent_surgery", "recent_fracture", "acute_local_injury",
				"wound_or_skin_lesion", "contagious_skin_condition")) {
			answers.put(no, false);
		}
		answers.put("allergies", "None known.");
		return answers;
	}

	private long therapist(String login, String name, String bio, List<WorkingInterval> hours) {
		Account account = accounts.create(new NewAccount(login + DOMAIN, name, PASSWORD, Role.THERAPIST));
		long id = catalog.addTherapist(account.id(), name, bio);
		catalog.setWorkingHours(id, hours);
		return id;
	}

	private DemoClient client(String login, String first, String last, String phone) {
		Account account = accounts.create(new NewAccount(login + DOMAIN, first + " " + last, PASSWORD, Role.CLIENT));
		return new DemoClient(clients.create(account.id(), first, last, account.email(), phone), account.id());
	}

	private static List<WorkingInterval> week(List<DayOfWeek> days, String from1, String to1, String from2,
			String to2) {
		List<WorkingInterval> hours = new ArrayList<>();
		for (DayOfWeek day : days) {
			hours.add(new WorkingInterval(day, LocalTime.parse(from1), LocalTime.parse(to1)));
			hours.add(new WorkingInterval(day, LocalTime.parse(from2), LocalTime.parse(to2)));
		}
		return hours;
	}

}
