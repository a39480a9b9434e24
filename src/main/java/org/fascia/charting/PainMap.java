package org.fascia.charting;

import java.time.Instant;
import java.util.List;

/** A pain map the client marked: the regions where it hurts (codes), an optional 0–10 intensity, when. */
public record PainMap(long id, long clientId, List<BodyRegion> regions, Integer intensity, Instant recordedAt) {

	public List<String> codes() {
		return regions.stream().map(BodyRegion::code).toList();
	}

}
