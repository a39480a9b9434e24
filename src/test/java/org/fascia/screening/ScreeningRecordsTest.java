package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.fascia.audit.AuditEvent;
import org.fascia.audit.AuditLog;
import org.fascia.clients.ClientDirectory;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Screenings stored on H2 and PostgreSQL: the latest is current, the history newest first, all audited. */
@FasciaIntegrationTest
class ScreeningRecordsTest {

	@Autowired
	ScreeningRecords records;

	@Autowired
	ClientDirectory clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditLog audit;

	@Test
	void theLatestScreeningIsCurrentAndTheHistoryIsNewestFirst() {
		FasciaUser desk = accounts.principal(Role.FRONT_DESK);
		long client = clients.create(null, "Nora", "Quinn", null, null);
		assertThat(records.current(client)).isEmpty();
		assertThat(records.history(client)).isEmpty();

		long first = records.store(client, 11L, ScreeningKind.INTAKE, Results.needsClearance(), "2026-11", true,
				desk.id());
		long second = records.store(client, null, ScreeningKind.HEALTH_CHANGE, Results.cautions(), "2026-11", false,
				null);
		long third = records.store(client, 12L, ScreeningKind.FOLLOW_UP, Results.urgent(), "2026-12", false, null);

		StoredScreening current = records.current(client).orElseThrow();
		assertThat(current.id()).isEqualTo(third);
		assertThat(current.result()).isEqualTo(Results.urgent());
		assertThat(current.kind()).isEqualTo(ScreeningKind.FOLLOW_UP);
		assertThat(current.rulesVersion()).isEqualTo("2026-12");
		assertThat(current.responseId()).isEqualTo(12L);

		List<StoredScreening> history = records.history(client);
		assertThat(history).extracting(StoredScreening::id).containsExactly(third, second, first);
		StoredScreening oldest = history.get(2);
		// Cautions and findings come back exactly, in the engine's order.
		assertThat(oldest.result()).isEqualTo(Results.needsClearance());
		assertThat(oldest.staffEntered()).isTrue();
		assertThat(oldest.createdBy()).isEqualTo(desk.id());
		assertThat(oldest.responseId()).isEqualTo(11L);
		assertThat(oldest.rulesNeedingClearance()).containsExactly("anticoagulant-or-bleeding", "recent-surgery");
		assertThat(history.get(1).responseId()).isNull();
		assertThat(history.get(0).createdAt()).isAfterOrEqualTo(history.get(1).createdAt());

		assertThat(audit.forSubject("client", String.valueOf(client))).extracting(AuditEvent::action)
			.contains("SCREENING_RECORDED", "SCREENING_READ");
	}

	@Test
	void eachClientHasTheirOwnHistory() {
		long a = clients.create(null, "Ada", "One", null, null);
		long b = clients.create(null, "Ben", "Two", null, null);
		records.store(a, null, ScreeningKind.API, Results.emergency(), "v1", false, null);
		records.store(b, null, ScreeningKind.INTAKE, Results.proceed(), "v1", false, null);
		assertThat(records.current(a).orElseThrow().decision()).isEqualTo(Decision.EMERGENCY_REFERRAL);
		assertThat(records.current(b).orElseThrow().decision()).isEqualTo(Decision.PROCEED);
		assertThat(records.history(b)).hasSize(1);
		assertThat(records.current(b).orElseThrow().result().findings()).isEmpty();
	}

	@Test
	void anUnknownClientIsA404AndNothingIsStored() {
		assertThatThrownBy(() -> records.store(999_999, null, ScreeningKind.API, Results.proceed(), "v1", false, null))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(404));
	}

}
