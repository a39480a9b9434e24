package org.fascia.intake;

import org.fascia.platform.Texts;

/**
 * The intake module's words that pure code needs, from the message bundle: the problems of answers and the review
 * flags ({@link AnswerRules}), and answers as a person reads them. Spring classes make one of {@code platform.Words}
 * ({@code new IntakeWords(words)}: the request's language). Review flags are stored with a response in the
 * words of the request that submitted it.
 */
record IntakeWords(Texts words) implements AnswerRules.Messages {

	// ---- answers as a person reads them ------------------------------------------------------------

	String yes() {
		return words.text("intake.answer.yes");
	}

	String no() {
		return words.text("intake.answer.no");
	}

	/** A duration in its unit ({@code days}, {@code weeks}, {@code months} or {@code years}, as stored in forms). */
	String duration(int n, String unit) {
		String count = String.valueOf(n);
		boolean one = n == 1;
		return switch (unit) {
			case "weeks" -> one ? words.text("intake.answer.week", count) : words.text("intake.answer.weeks", count);
			case "months" -> one ? words.text("intake.answer.month", count) : words.text("intake.answer.months", count);
			case "years" -> one ? words.text("intake.answer.year", count) : words.text("intake.answer.years", count);
			default -> one ? words.text("intake.answer.day", count) : words.text("intake.answer.days", count);
		};
	}

	/** The heading of the answers that are no questions of the questionnaire. */
	String outsideQuestionnaire() {
		return words.text("intake.answer.outside");
	}

	/** A review flag: an earlier answer that a newer questionnaire version no longer takes. */
	String leftOut(String linkId, String value, String version) {
		return words.text("intake.answer.flag.leftOut", linkId, value, version);
	}

	// ---- problems of answers -----------------------------------------------------------------------

	@Override
	public String unknownQuestion(String linkId, String version) {
		return words.text("intake.answer.unknownQuestion", linkId, version);
	}

	@Override
	public String notTrueOrFalse(String linkId) {
		return words.text("intake.answer.notTrueOrFalse", linkId);
	}

	@Override
	public String notAWholeNumber(String linkIdOrName) {
		return words.text("intake.answer.notAWholeNumber", linkIdOrName);
	}

	@Override
	public String notAString(String linkId) {
		return words.text("intake.answer.notAString", linkId);
	}

	@Override
	public String notAChoiceString(String linkId, String codes) {
		return words.text("intake.answer.notAString.choice", linkId, codes);
	}

	@Override
	public String aGroup(String linkId) {
		return words.text("intake.answer.group", linkId);
	}

	@Override
	public String chooseYesOrNo() {
		return words.text("intake.answer.chooseYesOrNo");
	}

	@Override
	public String notAWholeNumberLike42(String name) {
		return words.text("intake.answer.notAWholeNumber.example", name);
	}

	@Override
	public String chooseUnit() {
		return words.text("intake.answer.chooseUnit");
	}

	@Override
	public String negative(String name) {
		return words.text("intake.answer.negative", name);
	}

	@Override
	public String atMostYears(String name, String years) {
		return words.text("intake.answer.atMostYears", name, years);
	}

	@Override
	public String notAnOption(String value, String name, String codes) {
		return words.text("intake.answer.notAnOption", value, name, codes);
	}

	@Override
	public String tooLong(String name, String length, String max) {
		return words.text("intake.answer.tooLong", name, length, max);
	}

	@Override
	public String between(String name, String min, String max) {
		return words.text("intake.answer.between", name, min, max);
	}

	@Override
	public String atLeast(String name, String min) {
		return words.text("intake.answer.atLeast", name, min);
	}

	@Override
	public String atMost(String name, String max) {
		return words.text("intake.answer.atMost", name, max);
	}

	@Override
	public String required(String name) {
		return words.text("intake.answer.required", name);
	}

	@Override
	public String contradiction(String name, String linkId, String value, String why) {
		return words.text("intake.answer.flag.contradiction", name, linkId, value, why);
	}

	@Override
	public String condition(String question, String actual) {
		return words.text("intake.answer.flag.condition", question, actual);
	}

	@Override
	public String and(String first, String second) {
		return words.text("intake.answer.flag.and", first, second);
	}

}
