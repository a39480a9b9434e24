package org.fascia.charting;

/** Techniques of the treatment log (issue 5, requirement 5); their words are in the bundle: charting.technique.*. */
public enum Technique {

	DEEP_TISSUE, SWEDISH, MYOFASCIAL_RELEASE, TRIGGER_POINT, STRETCHING

}
