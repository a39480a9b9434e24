package org.fascia.charting;

import java.time.Clock;
import java.util.List;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clinic.ClinicTime;
import org.fascia.inbox.InboxItem;
import org.fascia.inbox.InboxSource;
import org.fascia.inbox.InboxViewer;
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
	InboxSource followUpInboxSource(FollowUps followUps, ClinicTime time) {
		return new InboxSource() {
			@Override
			public String kind() {
				return "follow-up";
			}

			@Override
			public String label() {
				return "Follow-ups to read";
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
					String what = f.relief().words() + (f.sorenessHours() == null ? "" : ", sore for " + f.sorenessHours() + " h")
							+ (Boolean.TRUE.equals(f.newSymptoms()) ? ", something new about their health" : "");
					return new InboxItem(kind(), Long.toString(f.id()), f.answeredAt(),
							"Follow-up needs a look: " + a.clientName(),
							"After the session of " + time.dateTime(a.sessionStart())
									+ (viewer.owner() ? " with " + a.therapistName() : "") + ": " + what + ".",
							"/clients/" + f.clientId(), Boolean.TRUE.equals(f.newSymptoms()));
				}).toList();
			}
		};
	}

	@Bean
	InboxSource unsignedNoteInboxSource(SessionAppointments appointments, ClinicTime time, AuditLog audit,
			Clock clock) {
		return new InboxSource() {
			@Override
			public String kind() {
				return "unsigned-note";
			}

			@Override
			public String label() {
				return "Notes to finish";
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
					return new InboxItem(kind(), Long.toString(a.id()), a.start().plus(UnsignedNotes.DUE_AFTER),
							(o.draftStarted() ? "Note not signed: " : "Note not written: ") + a.clientName(),
							a.serviceName() + " on " + time.dateTime(a.start())
									+ (viewer.owner() ? " with " + a.therapistName() : "")
									+ (o.draftStarted() ? ": the draft waits to be signed." : ": no note yet."),
							"/appointments/" + a.id() + "/note", false);
				}).toList();
			}
		};
	}

}
