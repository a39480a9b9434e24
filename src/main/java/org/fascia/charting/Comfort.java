package org.fascia.charting;

/**
 * The client's comfort during the work; {@link #TOO_MUCH} means the therapist reduced the pressure. Their words are
 * in the bundle: charting.comfort.*.
 */
public enum Comfort {

	COMFORTABLE, INTENSE_BUT_OK, TOO_MUCH

}
