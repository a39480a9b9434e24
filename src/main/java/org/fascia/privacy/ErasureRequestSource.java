package org.fascia.privacy;

import java.util.List;

import org.fascia.identity.Role;
import org.fascia.inbox.InboxItem;
import org.fascia.inbox.InboxSource;
import org.fascia.inbox.InboxViewer;
import org.fascia.platform.Words;
import org.springframework.stereotype.Component;

/**
 * Clients' requests to erase their data, in the staff inbox: the owner (who carries them out) and the front desk
 * (who may be asked about them) see the open ones; therapists do not.
 */
@Component
class ErasureRequestSource implements InboxSource {

	private final ErasureRequests requests;

	private final Words words;

	ErasureRequestSource(ErasureRequests requests, Words words) {
		this.requests = requests;
		this.words = words;
	}

	@Override
	public String kind() {
		return "erasure-request";
	}

	@Override
	public String label() {
		return words.text("privacy.inbox.label");
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
			.map(r -> new InboxItem(kind(), Long.toString(r.id()), r.requestedAt(),
					words.text("privacy.inbox.title", r.clientName()),
					r.reason() == null || r.reason().isBlank() ? words.text("privacy.inbox.summary")
							: words.text("privacy.inbox.summaryWithReason", r.reason()),
					viewer.role() == Role.OWNER ? "/admin/erasure-requests/" + r.id() : "/clients/" + r.clientId(), false))
			.toList();
	}

}
