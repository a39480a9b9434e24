package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The decision and referral-advice orders are total, and max is a semilattice join that agrees with them. */
class DecisionOrderProperties {

	@Example
	void decisionsRunFromLeastToMostRestrictive() {
		assertThat(List.of(Decision.values())).containsExactly(Decision.PROCEED, Decision.PROCEED_WITH_CAUTIONS,
				Decision.NEEDS_CLEARANCE, Decision.URGENT_REFERRAL, Decision.EMERGENCY_REFERRAL);
		assertThat(List.of(ReferralAdvice.values())).containsExactly(ReferralAdvice.NONE, ReferralAdvice.ROUTINE_GP,
				ReferralAdvice.URGENT, ReferralAdvice.EMERGENCY);
	}

	@Property
	void theOrderIsTotalAndAgreesWithIsMoreRestrictiveThan(@ForAll Decision a, @ForAll Decision b) {
		int holding = (a.isMoreRestrictiveThan(b) ? 1 : 0) + (b.isMoreRestrictiveThan(a) ? 1 : 0) + (a == b ? 1 : 0);
		assertThat(holding).isEqualTo(1);
		assertThat(a.isMoreRestrictiveThan(b)).isEqualTo(a.compareTo(b) > 0);
	}

	@Property
	void restrictivenessIsTransitive(@ForAll Decision a, @ForAll Decision b, @ForAll Decision c) {
		if (a.isMoreRestrictiveThan(b) && b.isMoreRestrictiveThan(c)) {
			assertThat(a.isMoreRestrictiveThan(c)).isTrue();
		}
	}

	@Property
	void maxIsCommutativeIdempotentAndAgreesWithCompareTo(@ForAll Decision a, @ForAll Decision b) {
		assertThat(a.max(b)).isEqualTo(b.max(a));
		assertThat(a.max(a)).isEqualTo(a);
		assertThat(a.max(b)).isEqualTo(a.compareTo(b) >= 0 ? a : b);
		assertThat(a.max(b).compareTo(a)).isGreaterThanOrEqualTo(0);
		assertThat(a.max(b).compareTo(b)).isGreaterThanOrEqualTo(0);
		assertThat(a.max(Decision.PROCEED)).isEqualTo(a);
		assertThat(a.max(Decision.EMERGENCY_REFERRAL)).isEqualTo(Decision.EMERGENCY_REFERRAL);
	}

	@Property
	void maxIsAssociative(@ForAll Decision a, @ForAll Decision b, @ForAll Decision c) {
		assertThat(a.max(b).max(c)).isEqualTo(a.max(b.max(c)));
	}

	@Property
	void adviceMaxIsCommutativeAssociativeIdempotentAndAgreesWithCompareTo(@ForAll ReferralAdvice a,
			@ForAll ReferralAdvice b, @ForAll ReferralAdvice c) {
		assertThat(a.max(b)).isEqualTo(b.max(a));
		assertThat(a.max(a)).isEqualTo(a);
		assertThat(a.max(b).max(c)).isEqualTo(a.max(b.max(c)));
		assertThat(a.max(b)).isEqualTo(a.compareTo(b) >= 0 ? a : b);
		assertThat(a.max(ReferralAdvice.NONE)).isEqualTo(a);
	}

}
