package org.fascia.clinic;

/** The therapist pages' smaller forms, as typed. */
final class TherapistForms {

	private TherapistForms() {
	}

	/** Adding a therapist. */
	record Invite(String name, String email, String bio) {

		static Invite empty() {
			return new Invite("", "", "");
		}

		NewTherapist command() {
			return new NewTherapist(name, email, bio);
		}

	}

	/** Name, bio and whether they take bookings. */
	record Profile(String name, String bio, Boolean active) {

		static Profile of(Therapist therapist) {
			return new Profile(therapist.name(), therapist.bio(), therapist.active());
		}

		TherapistChange change() {
			return new TherapistChange(name == null ? "" : name, bio == null ? "" : bio, Boolean.TRUE.equals(active));
		}

	}

	/** One date off, or extra hours on one date. */
	record Dated(String date, String kind, String start, String end, String note) {

		static Dated empty() {
			return new Dated("", ScheduleChange.Kind.TIME_OFF.name(), "", "", "");
		}

		NewScheduleChange change(FormValues values) {
			ScheduleChange.Kind parsed = null;
			for (ScheduleChange.Kind candidate : ScheduleChange.Kind.values()) {
				if (candidate.name().equals(kind)) {
					parsed = candidate;
				}
			}
			return new NewScheduleChange(values.date("date", date), parsed, values.time("start", start),
					values.time("end", end), note);
		}

	}

}
