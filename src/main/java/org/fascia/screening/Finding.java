package org.fascia.screening;

/**
 * One rule that fired.
 *
 * @param rule the rule's id in the rule data, e.g. {@code cauda-equina}
 * @param title the rule's title in clinical words (for staff and the physician's letter)
 * @param decision the decision this rule asks for
 * @param source where the rule comes from (kept with the rule data)
 * @param plain the reason in plain words for the client (no diagnosis)
 * @param clinicalReview whether the evidence behind the rule is weak and marked for clinical review
 */
public record Finding(String rule, String title, Decision decision, String source, String plain,
		boolean clinicalReview) {
}
