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
import java.util.List;

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

	DemoClinic(FirstStart firstStart, Accounts accounts, ClinicCatalog catalog, ClientDirectory clients) {
		this.firstStart = firstStart;
		this.accounts = accounts;
		this.catalog = catalog;
		this.clients = clients;
	}

	@Transactional
	void load() {
		firstStart.setUp("Northside Back Care", "Europe/London", "Olivia Grant", "owner" + DOMAIN, PASSWORD);
		accounts.create(new NewAccount("frontdesk" + DOMAIN, "Sam Patel", PASSWORD, Role.FRONT_DESK));

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

		client("alex", "Alex", "Morgan", "07700 900101");
		client("priya", "Priya", "Shah", "07700 900102");
		client("daniel", "Daniel", "Novak", "07700 900103");
		client("ruth", "Ruth", "Ellis", null);
	}

	private long therapist(String login, String name, String bio, List<WorkingInterval> hours) {
		Account account = accounts.create(new NewAccount(login + DOMAIN, name, PASSWORD, Role.THERAPIST));
		long id = catalog.addTherapist(account.id(), name, bio);
		catalog.setWorkingHours(id, hours);
		return id;
	}

	private void client(String login, String first, String last, String phone) {
		Account account = accounts.create(new NewAccount(login + DOMAIN, first + " " + last, PASSWORD, Role.CLIENT));
		clients.create(account.id(), first, last, account.email(), phone);
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
