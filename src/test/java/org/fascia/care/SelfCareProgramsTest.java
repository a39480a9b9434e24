package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.fascia.audit.AuditLog;
import org.fascia.clinic.ClinicTime;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Assignments, conflicts, ticks (idempotent, within the last 7 days) and the library, on the database. */
@FasciaIntegrationTest
@Import(SelfCareFixture.class)
class SelfCareProgramsTest {

	@Autowired
	SelfCareFixture fixture;

	@Autowired
	SelfCarePrograms programs;

	@Autowired
	SelfCareLibrary library;

	@Autowired
	ClinicTime clinicTime;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	static SelfCareAssignmentForm item(SelfCareItem item) {
		return new SelfCareAssignmentForm(String.valueOf(item.id()), "", "", "", "");
	}

	@Test
	void theStarterLibraryIsSeededWithConflictsAndSources() {
		List<SelfCareItem> items = library.all();
		assertThat(items).extracting(SelfCareItem::code)
			.contains("KNEE_TO_CHEST", "CAT_COW", "CHILDS_POSE", "PIRIFORMIS_STRETCH", "HIP_FLEXOR_STRETCH",
					"HAMSTRING_AIS", "PELVIC_TILT", "WALKING", "HEAT_WRAP", "DESK_SETUP", "BREATHING_RELAXATION");
		assertThat(items).allSatisfy(i -> {
			assertThat(i.evidenceNote()).isNotBlank();
			assertThat(i.evidenceSource()).isNotBlank();
			assertThat(i.daysPerWeek()).isBetween(1, 7);
			assertThat(library.cautionCodes().keySet()).containsAll(i.conflicts());
			if (!i.conflicts().isEmpty()) {
				assertThat(i.conflictNote()).as(i.name()).isNotBlank();
			}
		});
		assertThat(fixture.item("KNEE_TO_CHEST").conflicts()).contains("SIDE_LYING", "NO_DEEP_WORK_LEGS_ABDOMEN",
				"GENTLE_PRESSURE_SPINE_RIBS");
		assertThat(fixture.item("HAMSTRING_AIS").conflicts()).contains("NO_AGGRESSIVE_LUMBAR_PRESSURE");
		assertThat(fixture.item("HEAT_WRAP").conflicts()).contains("CHECK_SKIN", "AVOID_AREA");
		assertThat(fixture.item("HEAT_WRAP").evidenceSource()).contains("ACP").contains("Cochrane");
		assertThat(fixture.item("WALKING").conflicts()).isEmpty();
		assertThat(items).noneSatisfy(i -> assertThat(i.name()).containsIgnoringCase("belt"));
	}

	@Test
	void aTherapistAssignsWithTheItemsDoseByDefault() {
		SelfCareFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		SelfCareItem walking = fixture.item("WALKING");
		SelfCareAssignment a = programs.assign(client.id(), item(walking), therapist.id());
		assertThat(a.dose()).isEqualTo(walking.dose());
		assertThat(a.daysPerWeek()).isEqualTo(5);
		assertThat(a.startDate()).isEqualTo(clinicTime.today());
		assertThat(a.endDate()).isNull();

		SelfCareItem tilt = fixture.item("PELVIC_TILT");
		SelfCareAssignment b = programs.assign(client.id(), new SelfCareAssignmentForm(String.valueOf(tilt.id()),
				"8 tilts, 3 days a week", "3", clinicTime.today().toString(), clinicTime.today().plusDays(27).toString()),
				therapist.id());
		assertThat(b.dose()).isEqualTo("8 tilts, 3 days a week");
		assertThat(b.daysPerWeek()).isEqualTo(3);
		assertThat(b.endDate()).isEqualTo(clinicTime.today().plusDays(27));

		SelfCareProgram program = programs.program(client.id());
		assertThat(program.assignments()).extracting(x -> x.item().name()).containsExactlyInAnyOrder("Walking",
				"Pelvic tilt");
		assertThat(audit.forSubject("client", String.valueOf(client.id()))).extracting(e -> e.action())
			.contains("SELF_CARE_ASSIGNED", "SELF_CARE_READ");
	}

	@Test
	void anItemThatConflictsWithACautionIsRefusedNamingIt() {
		SelfCareFixture.Client client = fixture.client();
		fixture.cautions(client.id(), "NO_SPINAL_MANIPULATION", "NO_AGGRESSIVE_LUMBAR_PRESSURE", "CES_SAFETY_NET");
		FasciaUser therapist = fixture.therapist();
		assertThatThrownBy(() -> programs.assign(client.id(), item(fixture.item("HAMSTRING_AIS")), therapist.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> {
				assertThat(p.getStatusCode().value()).isEqualTo(422);
				assertThat(p.getMessage()).contains("Hamstring active isolated stretch can’t be assigned")
					.contains("NO_AGGRESSIVE_LUMBAR_PRESSURE")
					.contains("sciatic nerve");
				assertThat(p.getBody().getProperties()).containsEntry("cautions", List.of("NO_AGGRESSIVE_LUMBAR_PRESSURE"));
			});
		assertThat(programs.program(client.id()).assignments()).isEmpty();
		assertThat(audit.forSubject("client", String.valueOf(client.id()))).extracting(e -> e.action())
			.contains("SELF_CARE_ASSIGNMENT_REFUSED");
		// The same client can have walking and a knee-to-chest stretch.
		programs.assign(client.id(), item(fixture.item("WALKING")), therapist.id());
		programs.assign(client.id(), item(fixture.item("KNEE_TO_CHEST")), therapist.id());
		assertThat(programs.program(client.id()).assignments()).hasSize(2);
	}

	@Test
	void pregnancyCautionsRefuseTheLyingStretches() {
		SelfCareFixture.Client client = fixture.client();
		fixture.cautions(client.id(), "SIDE_LYING", "NO_DEEP_WORK_LEGS_ABDOMEN");
		FasciaUser therapist = fixture.therapist();
		for (String code : List.of("KNEE_TO_CHEST", "CHILDS_POSE", "PIRIFORMIS_STRETCH", "HAMSTRING_AIS", "PELVIC_TILT")) {
			assertThatThrownBy(() -> programs.assign(client.id(), item(fixture.item(code)), therapist.id()))
				.as(code)
				.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getMessage()).contains("SIDE_LYING"));
		}
		for (String code : List.of("CAT_COW", "WALKING", "BREATHING_RELAXATION")) {
			programs.assign(client.id(), item(fixture.item(code)), therapist.id());
		}
	}

	@Test
	void badFieldsAreNamed() {
		SelfCareFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		assertThatThrownBy(() -> programs.assign(client.id(),
				new SelfCareAssignmentForm("", "x".repeat(201), "9", "tomorrow", "2020-01-01"), therapist.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors()).containsOnlyKeys("itemId", "dose",
					"daysPerWeek", "startDate"));
		String today = clinicTime.today().toString();
		String walking = String.valueOf(fixture.item("WALKING").id());
		assertThatThrownBy(() -> programs.assign(client.id(),
				new SelfCareAssignmentForm(walking, "", "", today, clinicTime.today().minusDays(1).toString()), therapist.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors()).containsOnlyKeys("endDate"));
		assertThatThrownBy(() -> programs.assign(999_999, item(fixture.item("WALKING")), therapist.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(404));
		programs.assign(client.id(), item(fixture.item("WALKING")), therapist.id());
		assertThatThrownBy(() -> programs.assign(client.id(), item(fixture.item("WALKING")), therapist.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(409));
	}

	@Test
	void aDeactivatedItemCannotBeAssignedButStaysInPrograms() {
		SelfCareFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		SelfCareItem extra = library.create(new SelfCareItemForm("MOBILITY", "Hip circles " + System.nanoTime(),
				"Stand and circle the hips slowly.", "10 each way, daily", "7", List.of(), "", "Little evidence.",
				"NICE NG59 (2016, updated 2020)", ""));
		programs.assign(client.id(), item(extra), therapist.id());
		library.setActive(extra.id(), false);
		assertThat(library.active()).extracting(SelfCareItem::id).doesNotContain(extra.id());
		assertThat(programs.program(client.id()).assignments()).extracting(a -> a.item().id()).containsExactly(extra.id());
		SelfCareFixture.Client other = fixture.client();
		assertThatThrownBy(() -> programs.assign(other.id(), item(extra), therapist.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors()).containsKey("itemId"));
	}

	@Test
	void tickingIsIdempotentAndLimitedToTheLastSevenDays() {
		SelfCareFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		LocalDate today = clinicTime.today();
		SelfCareAssignment a = programs.assign(client.id(), new SelfCareAssignmentForm(
				String.valueOf(fixture.item("WALKING").id()), "", "7", today.minusDays(6).toString(), ""), therapist.id());

		programs.tick(client.id(), a.id(), today, true);
		programs.tick(client.id(), a.id(), today, true);
		SelfCareAssignment after = programs.tick(client.id(), a.id(), null, true);
		assertThat(after.doneDates()).containsExactly(today);
		assertThat(jdbc.sql("select count(*) from self_care_tick where assignment_id = :id").param("id", a.id())
			.query(Integer.class).single()).isEqualTo(1);

		after = programs.tick(client.id(), a.id(), today.minusDays(6), true);
		assertThat(after.doneDates()).containsExactlyInAnyOrder(today, today.minusDays(6));
		assertThat(after.adherence().prescribedDays()).isEqualTo(7);
		assertThat(after.adherence().doneDays()).isEqualTo(2);
		assertThat(after.adherence().percent()).isEqualTo(29);

		assertThatThrownBy(() -> programs.tick(client.id(), a.id(), today.plusDays(1), true))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors()).containsKey("date"));
		assertThatThrownBy(() -> programs.tick(client.id(), a.id(), today.minusDays(7), true))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getMessage()).contains("6 days before"));

		after = programs.tick(client.id(), a.id(), today.minusDays(6), false);
		after = programs.tick(client.id(), a.id(), today.minusDays(6), false);
		assertThat(after.doneDates()).containsExactly(today);
	}

	@Test
	void daysOutsideTheAssignmentsDatesCannotBeTicked() {
		SelfCareFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		LocalDate today = clinicTime.today();
		SelfCareAssignment a = programs.assign(client.id(), new SelfCareAssignmentForm(
				String.valueOf(fixture.item("WALKING").id()), "", "", today.minusDays(5).toString(),
				today.minusDays(2).toString()), therapist.id());
		assertThatThrownBy(() -> programs.tick(client.id(), a.id(), today.minusDays(6), true))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getMessage()).contains("starts on"));
		assertThatThrownBy(() -> programs.tick(client.id(), a.id(), today, true))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getMessage()).contains("ended on"));
		assertThat(programs.tick(client.id(), a.id(), today.minusDays(3), true).doneDates()).hasSize(1);
	}

	@Test
	void aClientCanNeverTickAnotherClientsAssignment() {
		SelfCareFixture.Client owner = fixture.client();
		SelfCareFixture.Client other = fixture.client();
		FasciaUser therapist = fixture.therapist();
		SelfCareAssignment a = programs.assign(owner.id(), item(fixture.item("WALKING")), therapist.id());
		assertThatThrownBy(() -> programs.tick(other.id(), a.id(), null, true))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(404));
		assertThat(programs.program(owner.id()).assignments().get(0).doneDates()).isEmpty();
		assertThat(audit.forSubject("client", String.valueOf(owner.id()))).extracting(e -> e.action())
			.contains("SELF_CARE_TICK_DENIED");
	}

	@Test
	void aRemovedAssignmentLeavesTheProgramAndCannotBeTicked() {
		SelfCareFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		SelfCareAssignment a = programs.assign(client.id(), item(fixture.item("WALKING")), therapist.id());
		programs.tick(client.id(), a.id(), null, true);
		programs.remove(client.id(), a.id(), therapist.id());
		assertThat(programs.program(client.id()).assignments()).isEmpty();
		assertThatThrownBy(() -> programs.tick(client.id(), a.id(), null, true)).isInstanceOf(ApiProblem.class);
		assertThatThrownBy(() -> programs.remove(client.id(), a.id(), therapist.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(404));
		assertThat(jdbc.sql("select count(*) from self_care_tick where assignment_id = :id").param("id", a.id())
			.query(Integer.class).single()).as("the ticks stay on record").isEqualTo(1);
		// It can be assigned again afterwards.
		programs.assign(client.id(), item(fixture.item("WALKING")), therapist.id());
	}

	@Test
	void theLibraryRefusesWhatNiceAdvisesAgainstAndExplainsEachField() {
		assertThatThrownBy(() -> library.create(new SelfCareItemForm("", "Lumbar support belt", "", "", "0",
				List.of("NOT_A_CAUTION"), "", "", "", "http://example.com/x.png")))
			.isInstanceOfSatisfying(ApiProblem.class, p -> {
				assertThat(p.errors()).containsOnlyKeys("category", "name", "instructions", "dose", "daysPerWeek",
						"conflicts", "evidenceNote", "evidenceSource", "imagePath");
				assertThat(p.errors().get("name")).contains("NICE");
				assertThat(p.errors().get("conflicts")).contains("NOT_A_CAUTION");
			});
		assertThatThrownBy(() -> library.create(new SelfCareItemForm("HEAT", "TENS machine", "x", "x", "7", List.of(),
				"", "x", "x", "")))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors()).containsOnlyKeys("name"));
		assertThatThrownBy(() -> library.create(new SelfCareItemForm("ACTIVITY", "walking", "x", "x", "7", List.of(),
				"", "x", "x", "")))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors().get("name")).contains("already"));
		assertThatThrownBy(() -> library.create(new SelfCareItemForm("STRETCH", "Side stretch " + System.nanoTime(), "x",
				"x", "7", List.of("SIDE_LYING"), "", "x", "x", "")))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors()).containsOnlyKeys("conflictNote"));
	}

	@Test
	void anEditChangesTheItemAndItsConflicts() {
		SelfCareItem created = library.create(new SelfCareItemForm("STRETCH", "Seated twist " + System.nanoTime(),
				"Sit tall and turn gently.", "5 each way, daily", "7", List.of(), "", "Little evidence.", "NICE NG59", ""));
		SelfCareItem edited = library.update(created.id(), new SelfCareItemForm("MOBILITY", created.name(),
				"Sit tall and turn gently.", "5 each way, 3 days a week", "3", List.of("GENTLE_PRESSURE_SPINE_RIBS"),
				"Twisting is best avoided with fragile bones.", "Little evidence.", "NICE NG59", "/img/self-care/twist.png"));
		assertThat(edited.category()).isEqualTo(SelfCareCategory.MOBILITY);
		assertThat(edited.daysPerWeek()).isEqualTo(3);
		assertThat(edited.conflicts()).containsExactly("GENTLE_PRESSURE_SPINE_RIBS");
		assertThat(edited.imagePath()).isEqualTo("/img/self-care/twist.png");
		assertThat(audit.forSubject("self_care_item", String.valueOf(created.id()))).extracting(e -> e.action())
			.containsExactly("SELF_CARE_ITEM_CREATED", "SELF_CARE_ITEM_CHANGED");
	}

	@Test
	void theWeeklyReminderIsTheClientsChoice() {
		SelfCareFixture.Client client = fixture.client();
		assertThat(programs.weeklyReminder(client.id())).isFalse();
		programs.setWeeklyReminder(client.id(), true);
		assertThat(programs.weeklyReminder(client.id())).isTrue();
		programs.setWeeklyReminder(client.id(), false);
		assertThat(programs.weeklyReminder(client.id())).isFalse();
	}

}
