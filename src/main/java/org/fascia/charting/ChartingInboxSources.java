package org.fascia.charting;

import java.time.Clock;
import java.util.List;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clinic.ClinicTime;
import org.fascia.inbox.InboxItem;
import org.fascia.inbox.InboxSource;
import org.fascia.inbox.InboxViewer;
import org.fascia.platform.Words;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Charting's items in the staff inbox, as on the to-do list (/todo): follow-ups whose answer needs a look, and
 * session notes missing or unsigned 48 hours after the session. A therapist sees their own clients', the owner
 * everyone's, the front desk none (clinical).
 */
@Configuration(proxyBeanMethods = false)
class ChartingInboxSources {

	@Bean
	InboxSource followUpInboxSource(FollowUps followUps, ClinicTime time, Words words) {
		return new InboxSource() {
			@Override
			public String kind() {
				return "follow-up";
			}

			@Override
			public String label() {
				return words.text("charting.inbox.followUp.label");
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
				return followUps.needingAttention(viewer.therapistFilter()).stream().map(a -> {
					FollowUp f = a.followUp();
					String what = relief(words, f.relief());
					if (f.sorenessHours() != null) {
						what = words.text("charting.inbox.followUp.sore", what, String.valueOf(f.sorenessHours()));
					}
					if (Boolean.TRUE.equals(f.newSymptoms())) {
						what = words.text("charting.inbox.followUp.newHealth", what);
					}
					String when = time.dateTime(a.sessionStart());
					return new InboxItem(kind(), Long.toString(f.id()), f.answeredAt(),
							words.text("charting.inbox.followUp.title", a.clientName()),
							viewer.owner() ? words.text("charting.inbox.followUp.summaryWith", when, a.therapistName(), what)
									: words.text("charting.inbox.followUp.summary", when, what),
							"/clients/" + f.clientId(), Boolean.TRUE.equals(f.newSymptoms()));
				}).toList();
			}
		};
	}

	@Bean
	InboxSource unsignedNoteInboxSource(SessionAppointments appointments, ClinicTime time, AuditLog audit,
			Clock clock, Words words) {
		return new InboxSource() {
			@Override
			public String kind() {
				return "unsigned-note";
			}

			@Override
			public String label() {
				return words.text("charting.inbox.note.label");
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
				List<SessionAppointments.Overdue> overdue = appointments
					.overdue(UnsignedNotes.startedBy(clock.instant()), viewer.therapistFilter());
				audit.record("NOTE_TODO_READ", "user", viewer.userId(), AuditOutcome.SUCCESS,
						overdue.size() + " overdue note(s), inbox");
				return overdue.stream().map(o -> {
					SessionAppointment a = o.appointment();
					String session = viewer.owner()
							? words.text("charting.inbox.note.sessionWith", a.serviceName(), time.dateTime(a.start()),
									a.therapistName())
							: words.text("charting.inbox.note.session", a.serviceName(), time.dateTime(a.start()));
					return new InboxItem(kind(), Long.toString(a.id()), a.start().plus(UnsignedNotes.DUE_AFTER),
							o.draftStarted() ? words.text("charting.inbox.note.unsigned", a.clientName())
									: words.text("charting.inbox.note.unwritten", a.clientName()),
							o.draftStarted() ? words.text("charting.inbox.note.draftWaits", session)
									: words.text("charting.inbox.note.noNote", session),
							"/appointments/" + a.id() + "/note", false);
				}).toList();
			}
		};
	}

	/** How the client says they are, as the follow-up page words it ({@code charting.followUp.relief.*}). */
	private static String relief(Words words, FollowUp.Relief relief) {
		return switch (relief) {
			case MUCH_BETTER -> words.text("charting.followUp.relief.MUCH_BETTER");
			case BETTER -> words.text("charting.followUp.relief.BETTER");
			case SAME -> words.text("charting.followUp.relief.SAME");
			case WORSE -> words.text("charting.followUp.relief.WORSE");
		};
	}

}
