package org.fascia.outcomes;

import java.util.List;
import java.util.stream.Collectors;

import org.fascia.clinic.ClinicTime;
import org.fascia.inbox.InboxItem;
import org.fascia.inbox.InboxSource;
import org.fascia.inbox.InboxViewer;
import org.fascia.platform.Words;
import org.springframework.stereotype.Component;

/**
 * Outcome questionnaires the client missed after the re-sent link (as on /todo), in the staff inbox: a therapist's
 * own clients', everyone's for the owner, none for the front desk.
 */
@Component
class MissedRoundSource implements InboxSource {

	private final OutcomeRequests requests;

	private final ClinicTime time;

	private final Words words;

	MissedRoundSource(OutcomeRequests requests, ClinicTime time, Words words) {
		this.requests = requests;
		this.time = time;
		this.words = words;
	}

	@Override
	public String kind() {
		return "missed-questionnaire";
	}

	@Override
	public String label() {
		return words.text("outcomes.inbox.missed.label");
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
			return new InboxItem(kind(), Long.toString(r.id()), r.missedAt(),
					words.text("outcomes.inbox.missed.title", m.clientName()),
					words.text("outcomes.inbox.missed.summary", roundTitle(r.round()), instruments,
							time.dateTime(r.dueAt())),
					"/clients/" + r.clientId(), false);
		}).toList();
	}

	/** The round's heading as the client reads it (the questionnaire pages use the same keys). */
	private String roundTitle(OutcomeRound round) {
		return switch (round) {
			case BASELINE -> words.text("outcomes.round.BASELINE.title");
			case VISIT -> words.text("outcomes.round.VISIT.title");
			case REVIEW -> words.text("outcomes.round.REVIEW.title");
			case WEEK_10 -> words.text("outcomes.round.WEEK_10.title");
			case DISCHARGE -> words.text("outcomes.round.DISCHARGE.title");
		};
	}

}
