package org.fascia.outcomes;

import java.util.List;
import java.util.stream.Collectors;

import org.fascia.clinic.ClinicTime;
import org.fascia.inbox.InboxItem;
import org.fascia.inbox.InboxSource;
import org.fascia.inbox.InboxViewer;
import org.springframework.stereotype.Component;

/**
 * Outcome questionnaires the client missed after the re-sent link (as on /todo), in the staff inbox: a therapist's
 * own clients', everyone's for the owner, none for the front desk.
 */
@Component
class MissedRoundSource implements InboxSource {

	private final OutcomeRequests requests;

	private final ClinicTime time;

	MissedRoundSource(OutcomeRequests requests, ClinicTime time) {
		this.requests = requests;
		this.time = time;
	}

	@Override
	public String kind() {
		return "missed-questionnaire";
	}

	@Override
	public String label() {
		return "Questionnaires missed";
	}

	@Override
	public boolean shownTo(InboxViewer viewer) {
		return viewer.clinical();
	}

	@Override
	public List<InboxItem> items(InboxViewer viewer) {
		if (!viewer.clinical()) {
			return List.of();
		}
		return requests.missed(viewer.therapistFilter()).stream().map(m -> {
			OutcomeRequest r = m.request();
			String instruments = r.instruments().stream().map(Object::toString).collect(Collectors.joining(", "));
			return new InboxItem(kind(), Long.toString(r.id()), r.missedAt(), "Questionnaire missed: " + m.clientName(),
					r.round().title() + " (" + instruments + "), due " + time.dateTime(r.dueAt())
							+ ": not answered after the reminder. Ask at the next visit.",
					"/clients/" + r.clientId(), false);
		}).toList();
	}

}
