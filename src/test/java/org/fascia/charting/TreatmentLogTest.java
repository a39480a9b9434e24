package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.fascia.audit.AuditEvent;
import org.fascia.audit.AuditLog;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.screening.Caution;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The treatment log against the database: a refused entry writes nothing and is audited naming the caution,
 * several regions are all or nothing, "too much" needs a lower reduced pressure, earlier sessions come
 * newest first, who may chart, and the lock the signed note plugs in.
 */
@FasciaIntegrationTest
@Import({ ChartingFixture.class, TreatmentLogTest.Locks.class })
class TreatmentLogTest {

	/** A lock the test controls, standing in for "the note is signed". */
	@TestConfiguration
	static class Locks {

		static final Set<Long> SIGNED = ConcurrentHashMap.newKeySet();

		@Bean
		@Primary
		LogLock signedNotes() {
			return SIGNED::contains;
		}

	}

	@Autowired
	TreatmentLog log;

	@Autowired
	ChartingFixture fixture;

	@Autowired
	AuditLog audit;

	static NewEntry entry(List<String> regions, String technique, int pressure, String comfort, Integer reduced) {
		return new NewEntry(regions, technique, String.valueOf(pressure), comfort,
				reduced == null ? null : reduced.toString());
	}

	@Test
	void anEntryBreakingACautionIsRefusedNamingItNothingIsWrittenAndTheRefusalIsAudited() {
		ChartingFixture.Client client = fixture.client();
		fixture.cautions(client.id(), "NO_AGGRESSIVE_LUMBAR_PRESSURE", "NO_SPINAL_MANIPULATION");
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id());

		assertThatThrownBy(() -> log.record(appointment,
				entry(List.of("NECK", "LOWER_BACK_L"), "DEEP_TISSUE", 5, "COMFORTABLE", null), therapist))
			.isInstanceOfSatisfying(ApiProblem.class, p -> {
				assertThat(p.getStatusCode().value()).isEqualTo(422);
				assertThat(p.getMessage()).contains("NO_AGGRESSIVE_LUMBAR_PRESSURE")
					.contains("Text of NO_AGGRESSIVE_LUMBAR_PRESSURE.")
					.contains("Lower back, left")
					.contains("at most 3");
				assertThat(p.getBody().getProperties().get("cautions").toString()).contains("NO_AGGRESSIVE_LUMBAR_PRESSURE");
			});
		assertThat(fixture.entryCount(appointment)).as("the allowed neck entry is not written either").isZero();
		assertThat(audit.forSubject("appointment", String.valueOf(appointment))).extracting(AuditEvent::action)
			.contains("TREATMENT_LOG_REFUSED");
		AuditEvent refused = audit.forSubject("appointment", String.valueOf(appointment))
			.stream()
			.filter(e -> e.action().equals("TREATMENT_LOG_REFUSED"))
			.findFirst()
			.orElseThrow();
		assertThat(refused.detail()).contains("NO_AGGRESSIVE_LUMBAR_PRESSURE");

		List<LoggedEntry> written = log.record(appointment,
				entry(List.of("NECK", "LOWER_BACK_L", "SACRUM"), "SWEDISH", 3, "INTENSE_BUT_OK", null), therapist);
		assertThat(written).extracting(LoggedEntry::region)
			.containsExactly(BodyRegion.NECK, BodyRegion.LOWER_BACK_L, BodyRegion.SACRUM);
		assertThat(written).allMatch(e -> e.recordedBy() == therapist.id() && e.recordedAt() != null);
		assertThat(log.entries(appointment, therapist)).hasSize(3);
		assertThat(audit.forSubject("appointment", String.valueOf(appointment))).extracting(AuditEvent::action)
			.contains("TREATMENT_LOGGED", "TREATMENT_LOG_READ");
	}

	@Test
	void reduceIntensityKeepsThePressureBelowTheLastSessionsHighest() {
		ChartingFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
		long first = fixture.appointmentAt(therapist, client.id(), now.minus(java.time.Duration.ofDays(20)));
		long next = fixture.appointmentAt(therapist, client.id(), now.minus(java.time.Duration.ofDays(10)));
		log.record(first, entry(List.of("GLUTEAL_L", "GLUTEAL_R"), "DEEP_TISSUE", 4, "INTENSE_BUT_OK", null), therapist);
		log.record(first, entry(List.of("NECK"), "SWEDISH", 2, "COMFORTABLE", null), therapist);
		// the follow-up said the soreness lasted two days: the screening now gives REDUCE_INTENSITY
		fixture.cautions(client.id(), "REDUCE_INTENSITY");

		assertThatThrownBy(() -> log.record(next, entry(List.of("GLUTEAL_L"), "DEEP_TISSUE", 4, "COMFORTABLE", null),
				therapist))
			.isInstanceOfSatisfying(ApiProblem.class, p -> {
				assertThat(p.getStatusCode().value()).isEqualTo(422);
				assertThat(p.getMessage()).contains("REDUCE_INTENSITY", "the last session went up to 4", "at most 3 this time");
			});
		assertThat(fixture.entryCount(next)).isZero();
		assertThat(log.record(next, entry(List.of("GLUTEAL_L"), "DEEP_TISSUE", 3, "COMFORTABLE", null), therapist))
			.hasSize(1);
		assertThat(PressureLimits.of(List.of(new Caution("REDUCE_INTENSITY", "Less.")), log.lastSessionMax(client.id(),
				now), org.fascia.platform.Words.standalone())).extracting(PressureLimits.Limit::max, PressureLimits.Limit::everywhere).containsExactly(tuple(2, true));
	}

	@Test
	void reduceIntensityWithoutAnEarlierLogLimitsNothing() {
		ChartingFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		fixture.cautions(client.id(), "REDUCE_INTENSITY");
		long only = fixture.appointment(therapist, client.id());
		assertThat(log.record(only, entry(List.of("GLUTEAL_L"), "DEEP_TISSUE", 5, "COMFORTABLE", null), therapist))
			.hasSize(1);
	}

	@Test
	void invalidEntriesAreAllOrNothingAndTooMuchNeedsALowerReducedPressure() {
		ChartingFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id());

		assertThatThrownBy(() -> log.record(appointment,
				entry(List.of("CALVES_L", "ELBOW"), "DEEP_TISSUE", 4, "COMFORTABLE", null), therapist))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors()).containsOnlyKeys("regions"));
		assertThatThrownBy(() -> log.record(appointment,
				entry(List.of("CALVES_L"), "DEEP_TISSUE", 4, "TOO_MUCH", null), therapist))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors()).containsOnlyKeys("reducedPressure"));
		assertThatThrownBy(() -> log.record(appointment,
				entry(List.of("CALVES_L"), "DEEP_TISSUE", 4, "TOO_MUCH", 5), therapist))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors()).containsOnlyKeys("reducedPressure"));
		assertThat(fixture.entryCount(appointment)).isZero();

		List<LoggedEntry> tooMuch = log.record(appointment,
				entry(List.of("CALVES_L", "CALVES_R"), "DEEP_TISSUE", 4, "TOO_MUCH", 2), therapist);
		assertThat(tooMuch).hasSize(2).allMatch(e -> e.comfort() == Comfort.TOO_MUCH && e.reducedPressure() == 2);
		assertThat(fixture.entryCount(appointment)).isEqualTo(2);
	}

	@Test
	void earlierEntriesComeFromEarlierSessionsNewestFirst() {
		ChartingFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
		long first = fixture.appointmentAt(therapist, client.id(), now.minus(Duration.ofDays(21)));
		long second = fixture.appointmentAt(therapist, client.id(), now.minus(Duration.ofDays(14)));
		long third = fixture.appointmentAt(therapist, client.id(), now.minus(Duration.ofDays(7)));
		log.record(first, entry(List.of("NECK"), "SWEDISH", 2, "COMFORTABLE", null), therapist);
		log.record(first, entry(List.of("CALVES_L"), "DEEP_TISSUE", 4, "TOO_MUCH", 2), therapist);
		log.record(second, entry(List.of("GLUTEAL_R"), "TRIGGER_POINT", 4, "TOO_MUCH", 3), therapist);
		log.record(third, entry(List.of("SACRUM"), "SWEDISH", 2, "COMFORTABLE", null), therapist);

		List<LoggedEntry> beforeThird = log.earlierEntries(client.id(), third, therapist);
		assertThat(beforeThird).extracting(LoggedEntry::region)
			.containsExactly(BodyRegion.GLUTEAL_R, BodyRegion.CALVES_L, BodyRegion.NECK);
		assertThat(ComfortHistory.tooMuch(beforeThird.stream().map(LoggedEntry::entry).toList())).containsExactly(
				new TreatmentEntry(BodyRegion.GLUTEAL_R, Technique.TRIGGER_POINT, 4, Comfort.TOO_MUCH, 3),
				new TreatmentEntry(BodyRegion.CALVES_L, Technique.DEEP_TISSUE, 4, Comfort.TOO_MUCH, 2));
		assertThat(log.earlierEntries(client.id(), first, therapist)).isEmpty();
		ChartingFixture.Client other = fixture.client();
		assertThatThrownBy(() -> log.earlierEntries(other.id(), third, therapist)).isInstanceOfSatisfying(
				ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(404));
	}

	@Test
	void theOwnerAndTheClientsTherapistsChartOthersAreRefused() {
		ChartingFixture.Client client = fixture.client();
		FasciaUser maya = fixture.therapist();
		FasciaUser tom = fixture.therapist();
		long withMaya = fixture.appointment(maya, client.id());
		NewEntry swedish = entry(List.of("NECK"), "SWEDISH", 2, "COMFORTABLE", null);

		assertThat(log.record(withMaya, swedish, maya)).hasSize(1);
		assertThat(log.record(withMaya, swedish, fixture.owner())).hasSize(1);
		for (FasciaUser refused : List.of(tom, fixture.frontDesk(), client.user())) {
			assertThatThrownBy(() -> log.record(withMaya, swedish, refused)).isInstanceOfSatisfying(ApiProblem.class,
					p -> assertThat(p.getStatusCode().value()).as(refused.role().name()).isEqualTo(403));
			assertThatThrownBy(() -> log.entries(withMaya, refused)).isInstanceOf(ApiProblem.class);
		}
		assertThat(audit.forSubject("appointment", String.valueOf(withMaya))).extracting(AuditEvent::action)
			.contains("TREATMENT_LOG_ACCESS_DENIED");
		// Tom treats the client too once they have an appointment with him: he may chart Maya's session.
		fixture.appointment(tom, client.id());
		assertThat(log.entries(withMaya, tom)).hasSize(2);
		assertThatThrownBy(() -> log.record(99_999_999L, swedish, fixture.owner())).isInstanceOfSatisfying(
				ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(404));
		assertThat(fixture.entryCount(withMaya)).isEqualTo(2);
	}

	@Test
	void aLockedLogTakesNoEntries() {
		ChartingFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id());
		Locks.SIGNED.add(appointment);
		assertThat(log.lockedFor(appointment)).isTrue();
		assertThatThrownBy(() -> log.record(appointment, entry(List.of("NECK"), "SWEDISH", 2, "COMFORTABLE", null),
				therapist))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(409));
		assertThat(fixture.entryCount(appointment)).isZero();
	}

}
