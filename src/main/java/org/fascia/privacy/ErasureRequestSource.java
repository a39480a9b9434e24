package org.fascia.privacy;

import java.util.List;

import org.fascia.identity.Role;
import org.fascia.inbox.InboxItem;
import org.fascia.inbox.InboxSource;
import org.fascia.inbox.InboxViewer;
import org.springframework.stereotype.Component;

/**
 * Clients' requests to erase their data, in the staff inbox: the owner (who carries them out) and the front desk
 * (who may be asked about them) see the open ones; therapists do not.
 */
@Component
class ErasureRequestSource implements InboxSource {

	private final ErasureRequests requests;

	ErasureRequestSource(ErasureRequests requests) {
		this.requests = requests;
	}

	@Override
	public String kind() {
		return "erasure-request";
	}

	@Override
	public String label() {
		return "Erasure requests";
	}

	@Override
	public boolean shownTo(InboxViewer viewer) {
		return viewer.role() == Role.OWNER || viewer.role() == Role.FRONT_DESK;
	}

	@Override
	public List<InboxItem> items(InboxViewer viewer) {
		if (!shownTo(viewer)) {
			return List.of();
		}
		return requests.openRequests().stream()
			.map(r -> new InboxItem(kind(), Long.toString(r.id()), r.requestedAt(), "Erasure request: " + r.clientName(),
					"The client asked for their data to be erased"
							+ (r.reason() == null || r.reason().isBlank() ? "." : ": \u201c" + r.reason() + "\u201d.")
							+ " The owner carries it out; clinical records are kept for the retention period.",
					viewer.role() == Role.OWNER ? "/admin/erasure-requests/" + r.id() : "/clients/" + r.clientId(), false))
			.toList();
	}

}
