package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fascia.clinic.ServiceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gate as a pure function: every decision against both kinds of service, and clearance coverage. */
class TreatmentGateTest {

	static final LocalDate DAY = LocalDate.of(2026, 12, 10);

	@ParameterizedTest(name = "{0} {1} -> allowed {2}, overridable {3}")
	@CsvSource({
			"PROCEED, TREATMENT, true, false",
			"PROCEED, CONSULTATION, true, false",
			"PROCEED_WITH_CAUTIONS, TREATMENT, true, false",
			"PROCEED_WITH_CAUTIONS, CONSULTATION, true, false",
			"NEEDS_CLEARANCE, TREATMENT, false, true",
			"NEEDS_CLEARANCE, CONSULTATION, true, false",
			"URGENT_REFERRAL, TREATMENT, false, true",
			"URGENT_REFERRAL, CONSULTATION, true, false",
			"EMERGENCY_REFERRAL, TREATMENT, false, false",
			"EMERGENCY_REFERRAL, CONSULTATION, false, false" })
	void everyDecisionAgainstEveryKindOfService(Decision decision, ServiceKind kind, boolean allowed,
			boolean overridable) {
		GateDecision gate = TreatmentGate.decide(Optional.of(Results.of(decision)), List.of(), kind, DAY);
		assertThat(gate.allowed()).isEqualTo(allowed);
		assertThat(gate.decision()).isEqualTo(decision);
		assertThat(gate.overridable()).isEqualTo(overridable);
		if (allowed) {
			assertThat(gate.reasons()).isEmpty();
		}
		else {
			assertThat(gate.reasons()).isNotEmpty().allSatisfy(reason -> assertThat(reason).isNotBlank());
		}
	}

	@Test
	void withoutAScreeningEverythingIsBookable() {
		for (ServiceKind kind : ServiceKind.values()) {
			GateDecision gate = TreatmentGate.decide(Optional.empty(), List.of(), kind, DAY);
			assertThat(gate.allowed()).isTrue();
			assertThat(gate.decision()).isNull();
		}
	}

	@Test
	void refusalsSayWhyInPlainWords() {
		GateDecision emergency = TreatmentGate.decide(Optional.of(Results.emergency()), List.of(),
				ServiceKind.CONSULTATION, DAY);
		assertThat(emergency.reasons().get(0)).contains("emergency");
		assertThat(emergency.reasons()).contains(Results.CAUDA_EQUINA.plain());
		GateDecision urgent = TreatmentGate.decide(Optional.of(Results.urgent()), List.of(), ServiceKind.TREATMENT, DAY);
		assertThat(urgent.reasons()).contains(Results.SPINAL_INFECTION.plain())
			.doesNotContain(Results.ANTICOAGULANT.plain());
		assertThat(urgent.reasons().get(0)).contains("consultation can still be booked");
		GateDecision clearance = TreatmentGate.decide(Optional.of(Results.needsClearance()), List.of(),
				ServiceKind.TREATMENT, DAY);
		assertThat(clearance.reasons()).contains(Results.ANTICOAGULANT.plain(), Results.SURGERY.plain())
			.doesNotContain(Results.ANTIPLATELET.plain());
		assertThat(clearance.uncoveredRules()).containsExactly("anticoagulant-or-bleeding", "recent-surgery");
		// the first reason is the message bundle's (screening.gate.*), the date given as the clinic writes it
		assertThat(clearance.reasons().get(0)).isEqualTo("A treatment on 10 Dec 2026 needs written clearance from the "
				+ "client’s doctor first. A consultation can still be booked.");
		assertThat(TreatmentGate.decide(Optional.of(Results.needsClearance()), List.of(), ServiceKind.TREATMENT, DAY,
				ScreeningWords.ENGLISH)).isEqualTo(clearance);
	}

	@Test
	void clearancesMustCoverEveryRuleThatAskedForOne() {
		Optional<ScreeningResult> result = Optional.of(Results.needsClearance());
		Clearance one = clearance(1, Set.of("anticoagulant-or-bleeding"), DAY.minusDays(5), null, false);
		GateDecision partly = TreatmentGate.decide(result, List.of(one), ServiceKind.TREATMENT, DAY);
		assertThat(partly.allowed()).isFalse();
		assertThat(partly.uncoveredRules()).containsExactly("recent-surgery");
		assertThat(partly.reasons()).contains(Results.SURGERY.plain()).doesNotContain(Results.ANTICOAGULANT.plain());

		Clearance other = clearance(2, Set.of("recent-surgery"), DAY.minusDays(2), DAY.plusDays(30), false);
		assertThat(TreatmentGate.decide(result, List.of(one, other), ServiceKind.TREATMENT, DAY).allowed()).isTrue();
		Clearance both = clearance(3, Set.of("anticoagulant-or-bleeding", "recent-surgery"), DAY, null, false);
		assertThat(TreatmentGate.decide(result, List.of(both), ServiceKind.TREATMENT, DAY).allowed()).isTrue();
	}

	@Test
	void anExpiredClearanceBlocksAgainAndTheExpiryDayItselfStillCounts() {
		Optional<ScreeningResult> result = Optional.of(Results.needsClearance());
		LocalDate expiry = DAY.plusDays(14);
		Clearance both = clearance(1, Set.of("anticoagulant-or-bleeding", "recent-surgery"), DAY, expiry, false);
		assertThat(TreatmentGate.decide(result, List.of(both), ServiceKind.TREATMENT, expiry).allowed()).isTrue();
		GateDecision after = TreatmentGate.decide(result, List.of(both), ServiceKind.TREATMENT, expiry.plusDays(1));
		assertThat(after.allowed()).isFalse();
		assertThat(after.reasons().get(0)).contains("expired");
		assertThat(both.status(expiry.plusDays(1))).isEqualTo(Clearance.Status.EXPIRED);
		// Before the physician cleared the client, the clearance does not hold either.
		assertThat(TreatmentGate.decide(result, List.of(both), ServiceKind.TREATMENT, DAY.minusDays(1)).allowed())
			.isFalse();
		// A consultation never needed it.
		assertThat(TreatmentGate.decide(result, List.of(both), ServiceKind.CONSULTATION, expiry.plusDays(1)).allowed())
			.isTrue();
	}

	@Test
	void aWithdrawnClearanceCoversNothing() {
		Optional<ScreeningResult> result = Optional.of(Results.needsClearance());
		Clearance withdrawn = clearance(1, Set.of("anticoagulant-or-bleeding", "recent-surgery"), DAY.minusDays(1),
				null, true);
		assertThat(withdrawn.status(DAY)).isEqualTo(Clearance.Status.WITHDRAWN);
		assertThat(TreatmentGate.decide(result, List.of(withdrawn), ServiceKind.TREATMENT, DAY).allowed()).isFalse();
	}

	@Test
	void clearancesDoNotLiftAnUrgentOrEmergencyReferral() {
		Clearance all = clearance(1, Set.of("anticoagulant-or-bleeding", "spinal-infection", "cauda-equina"),
				DAY.minusDays(1), null, false);
		assertThat(TreatmentGate.decide(Optional.of(Results.urgent()), List.of(all), ServiceKind.TREATMENT, DAY)
			.allowed()).isFalse();
		assertThat(TreatmentGate.decide(Optional.of(Results.emergency()), List.of(all), ServiceKind.TREATMENT, DAY)
			.allowed()).isFalse();
	}

	static Clearance clearance(long id, Set<String> rules, LocalDate clearedOn, LocalDate expiresOn, boolean withdrawn) {
		Instant at = Instant.parse("2026-12-01T10:00:00Z");
		return new Clearance(id, 7, 1L, "Dr Rivera", "High Street Surgery", clearedOn, null, expiresOn, rules, null, 1,
				at, withdrawn ? at : null, withdrawn ? 1L : null, withdrawn ? "Wrong client" : null);
	}

}
