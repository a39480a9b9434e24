package org.fascia.care;

import java.util.List;

/** The advice: a recommended approach with plain reasons, alternatives, what would change it, the evidence note. */
public record Recommendation(Approach approach, List<String> reasons, List<Alternative> alternatives,
		List<String> wouldChange, String evidenceNote, List<String> sources) {

	public record Alternative(Approach approach, String why) {
	}

	public Recommendation {
		reasons = List.copyOf(reasons);
		alternatives = List.copyOf(alternatives);
		wouldChange = List.copyOf(wouldChange);
		sources = List.copyOf(sources);
	}
}
