package org.fascia.screening;

import org.fascia.platform.Texts;

/**
 * The screening module's words that pure code and the enums need, from the message bundle: the labels of a
 * decision, a referral advice, a kind of screening and a clearance's status, the booking gate's reasons, the
 * problems of raw answers and the notes on contradictory answers. Spring classes make one of
 * {@code platform.Words} ({@code new ScreeningWords(words)}: the request's language); {@link #ENGLISH} reads
 * the default bundle where no request is at hand.
 */
record ScreeningWords(Texts words) implements TreatmentGate.Reasons, AnswerSchema.Messages, AnswerReview.Messages {

	/** The default bundle's words (English), without Spring. */
	static final ScreeningWords ENGLISH = new ScreeningWords(org.fascia.platform.Words.standalone());

	/** A decision in words for staff. */
	String decision(Decision decision) {
		return switch (decision) {
			case PROCEED -> words.text("screening.decision.PROCEED");
			case PROCEED_WITH_CAUTIONS -> words.text("screening.decision.PROCEED_WITH_CAUTIONS");
			case NEEDS_CLEARANCE -> words.text("screening.decision.NEEDS_CLEARANCE");
			case URGENT_REFERRAL -> words.text("screening.decision.URGENT_REFERRAL");
			case EMERGENCY_REFERRAL -> words.text("screening.decision.EMERGENCY_REFERRAL");
		};
	}

	/** What a decision means for treatment, in one sentence for staff. */
	String meaning(Decision decision) {
		return switch (decision) {
			case PROCEED -> words.text("screening.meaning.PROCEED");
			case PROCEED_WITH_CAUTIONS -> words.text("screening.meaning.PROCEED_WITH_CAUTIONS");
			case NEEDS_CLEARANCE -> words.text("screening.meaning.NEEDS_CLEARANCE");
			case URGENT_REFERRAL -> words.text("screening.meaning.URGENT_REFERRAL");
			case EMERGENCY_REFERRAL -> words.text("screening.meaning.EMERGENCY_REFERRAL");
		};
	}

	/** Referral advice in words for staff. */
	String advice(ReferralAdvice advice) {
		return switch (advice) {
			case NONE -> words.text("screening.advice.NONE");
			case ROUTINE_GP -> words.text("screening.advice.ROUTINE_GP");
			case URGENT -> words.text("screening.advice.URGENT");
			case EMERGENCY -> words.text("screening.advice.EMERGENCY");
		};
	}

	String kind(ScreeningKind kind) {
		return switch (kind) {
			case INTAKE -> words.text("screening.kind.INTAKE");
			case HEALTH_CHANGE -> words.text("screening.kind.HEALTH_CHANGE");
			case FOLLOW_UP -> words.text("screening.kind.FOLLOW_UP");
			case API -> words.text("screening.kind.API");
		};
	}

	String status(Clearance.Status status) {
		return switch (status) {
			case VALID -> words.text("screening.clearance.status.VALID");
			case NOT_YET_VALID -> words.text("screening.clearance.status.NOT_YET_VALID");
			case EXPIRED -> words.text("screening.clearance.status.EXPIRED");
			case WITHDRAWN -> words.text("screening.clearance.status.WITHDRAWN");
		};
	}

	// ---- the booking gate's reasons -----------------------------------------------------------------

	@Override
	public String emergency() {
		return words.text("screening.gate.emergency");
	}

	@Override
	public String urgent() {
		return words.text("screening.gate.urgent");
	}

	@Override
	public String clearance(String date, boolean expired) {
		return expired ? words.text("screening.gate.clearance.expired", date)
				: words.text("screening.gate.clearance", date);
	}

	// ---- problems of raw answers --------------------------------------------------------------------

	@Override
	public String unknownCode(String code, String near) {
		return near == null ? words.text("screening.answers.unknown", code)
				: words.text("screening.answers.unknown.near", code, near);
	}

	@Override
	public String notTrueOrFalse(String code, String given) {
		return words.text("screening.answers.notTrueOrFalse", code, given);
	}

	@Override
	public String notAChoice(String code, String choices, String given) {
		return words.text("screening.answers.notAChoice", code, choices, given);
	}

	@Override
	public String notAWholeNumber(String code, String min, String max, String given) {
		return words.text("screening.answers.notAWholeNumber", code, min, max, given);
	}

	@Override
	public String outOfRange(String code, String min, String max, String given) {
		return words.text("screening.answers.outOfRange", code, min, max, given);
	}

	@Override
	public String theText(String shown) {
		return words.text("screening.answers.theText", shown);
	}

	@Override
	public String anObject() {
		return words.text("screening.answers.anObject");
	}

	@Override
	public String aList() {
		return words.text("screening.answers.aList");
	}

	@Override
	public String anotherKind() {
		return words.text("screening.answers.anotherKind");
	}

	// ---- notes on contradictory answers -------------------------------------------------------------

	@Override
	public String pregnancyForMale() {
		return words.text("screening.review.pregnancyForMale");
	}

	@Override
	public String painBeganAfterAge(String onset, String age) {
		return words.text("screening.review.painBeganAfterAge", onset, age);
	}

	@Override
	public String subscaleAboveTotal(String subscale, String total) {
		return words.text("screening.review.subscaleAboveTotal", subscale, total);
	}

	@Override
	public String legPainNoneBut(String code) {
		return words.text("screening.review.legPainNoneBut", code);
	}

}
