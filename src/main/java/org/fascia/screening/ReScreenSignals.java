package org.fascia.screening;

import java.time.Instant;
import java.util.Optional;

/**
 * What else asks for a re-screen before treatment: a measure worse than the client's baseline by its MCID
 * (OUTCOMES.md, "WORSE: stop, re-screen"). The outcomes module implements it; screening never depends on outcomes
 * (outcomes reads booking, which asks the screening gate), so without an implementation nothing is signalled.
 */
public interface ReScreenSignals {

	/** When a measure of the client became worse than baseline by its MCID, if one is worse now. */
	Optional<Instant> worseAt(long clientId);

}
