package org.fascia.outcomes;

/** A score against baseline, judged by the instrument's MCID (OUTCOMES.md). */
public enum ChangeStatus {

	IMPROVED, NO_CHANGE, WORSE

}
