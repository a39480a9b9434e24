package org.fascia.care;

import java.util.List;

/**
 * The port through which care reads today's pain (NPRS 0–10, recorded before treatment) of a client's
 * sessions, in appointment order. Charting implements it; care never depends on charting.
 */
public interface SessionPainReadings {

	List<PainReading> forClient(long clientId);

}
