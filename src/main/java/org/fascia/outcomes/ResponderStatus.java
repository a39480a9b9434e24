package org.fascia.outcomes;

/**
 * The plan-level responder status over a series of visit scores (OUTCOMES.md, "Responder status"):
 * {@code IMPROVED} when the MCID is passed at the last two visits in a row, {@code WORSE} when the latest visit is
 * worse by the MCID, {@code NO_CHANGE} after {@link Change#NO_CHANGE_AFTER_VISITS} visits without either, and
 * {@code TOO_EARLY} before that.
 */
public enum ResponderStatus {

	IMPROVED, NO_CHANGE, WORSE, TOO_EARLY

}
