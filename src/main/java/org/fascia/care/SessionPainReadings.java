package org.fascia.care;

import java.util.List;

/**
 * Where care plans get the pain score of each session (the NPRS of the session note's Subjective). The
 * charting module implements it; care never depends on charting (that would be a cycle), so without an
 * implementation a plan simply has no pain trend yet.
 */
public interface SessionPainReadings {

	/** Every session pain reading of the client, in any order. */
	List<PainReading> forClient(long clientId);

}
