package org.fascia.inbox;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing in the staff inbox.
 *
 * @param kind the contributing source's {@link InboxSource#kind()}
 * @param sourceId the item's id in that source (unique within the kind), at most 80 characters
 * @param at when it arrived (sorts the list, newest first)
 * @param title one line, e.g. "Urgent referral: Alex Morgan"
 * @param summary a sentence or two with what to do; no clinical detail where the viewer may not see it
 * @param href where to act on it (a page of the owning module), or null
 * @param urgent whether to show it as urgent
 */
public record InboxItem(String kind, String sourceId, Instant at, String title, String summary, String href,
		boolean urgent) {

	public InboxItem {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(sourceId, "sourceId");
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(title, "title");
		if (sourceId.length() > 80) {
			throw new IllegalArgumentException("source id longer than 80 characters");
		}
	}

}
