package org.fascia.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditChainTest {

	private final Instant at = Instant.parse("2026-03-29T00:59:59.123456Z");

	private AuditEvent event(long seq, String prev, String detail) {
		String hash = AuditChain.hash(prev, seq, at, "owner@x.test", "OWNER", "CLIENT_READ", "client", "7",
				AuditOutcome.SUCCESS, "127.0.0.1", detail);
		return new AuditEvent(seq, at, "owner@x.test", "OWNER", "CLIENT_READ", "client", "7", AuditOutcome.SUCCESS,
				"127.0.0.1", detail, prev, hash);
	}

	@Test
	void anIntactLinkHasNoProblem() {
		AuditEvent first = event(1, AuditChain.GENESIS, null);
		AuditEvent second = event(2, first.hash(), "x");
		assertThat(AuditChain.problemWith(first, 1, AuditChain.GENESIS)).isEmpty();
		assertThat(AuditChain.problemWith(second, 2, first.hash())).isEmpty();
	}

	@Test
	void aChangedFieldIsDetected() {
		AuditEvent original = event(1, AuditChain.GENESIS, "detail");
		AuditEvent changed = new AuditEvent(1, at, "someone-else@x.test", "OWNER", "CLIENT_READ", "client", "7",
				AuditOutcome.SUCCESS, "127.0.0.1", "detail", AuditChain.GENESIS, original.hash());
		assertThat(AuditChain.problemWith(changed, 1, AuditChain.GENESIS)).hasValueSatisfying(
				p -> assertThat(p).contains("changed"));
	}

	@Test
	void aMissingOrReorderedEventIsDetected() {
		AuditEvent first = event(1, AuditChain.GENESIS, null);
		AuditEvent third = event(3, "f".repeat(64), null);
		assertThat(AuditChain.problemWith(third, 2, first.hash())).hasValueSatisfying(
				p -> assertThat(p).contains("missing"));
	}

	@Test
	void fieldsCannotBeShiftedIntoEachOther() {
		String a = AuditChain.hash(AuditChain.GENESIS, 1, at, "ab", null, "c", null, null, AuditOutcome.SUCCESS, null, null);
		String b = AuditChain.hash(AuditChain.GENESIS, 1, at, "a", null, "bc", null, null, AuditOutcome.SUCCESS, null, null);
		String c = AuditChain.hash(AuditChain.GENESIS, 1, at, null, "", "c", null, null, AuditOutcome.SUCCESS, null, null);
		String d = AuditChain.hash(AuditChain.GENESIS, 1, at, "", null, "c", null, null, AuditOutcome.SUCCESS, null, null);
		assertThat(a).isNotEqualTo(b);
		assertThat(c).isNotEqualTo(d);
	}

}
