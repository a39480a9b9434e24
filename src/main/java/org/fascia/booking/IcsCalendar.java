package org.fascia.booking;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * RFC 5545 calendars for appointments, with the clinic's VTIMEZONE, written and validated by ical4j.
 */
final class IcsCalendar {

	private static final TimeZoneRegistry REGISTRY = TimeZoneRegistryFactory.getInstance().createRegistry();

	/** One event of a calendar. */
	record Event(long appointmentId, Instant start, Instant end, String summary, String description,
			String location, int sequence, boolean cancelled) {
	}

	private IcsCalendar() {
	}

	/**
	 * An iTIP message for a client's mail (RFC 5546): METHOD REQUEST or CANCEL, with the clinic as
	 * ORGANIZER and the client as an ATTENDEE who has already accepted.
	 */
	static String invitation(ZoneId zone, String method, List<Event> events, String organizerEmail,
			String attendeeEmail) {
		return write(zone, method, events, organizerEmail, attendeeEmail);
	}

	/** A plain calendar (a feed or a download): no METHOD, no attendees. */
	static String of(ZoneId zone, String method, List<Event> events) {
		return write(zone, method, events, null, null);
	}

	private static String write(ZoneId zone, String method, List<Event> events, String organizerEmail,
			String attendeeEmail) {
		TimeZone tz = REGISTRY.getTimeZone(zone.getId());
		ZoneId icalZone = tz == null ? ZoneId.of("UTC") : tz.toZoneId();
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Fascia//Clinic booking//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		if (method != null) {
			calendar.add(new Method(method));
		}
		if (tz != null) {
			calendar.add(tz.getVTimeZone());
		}
		for (Event e : events) {
			VEvent event = new VEvent(ZonedDateTime.ofInstant(e.start(), icalZone),
					ZonedDateTime.ofInstant(e.end(), icalZone), e.summary());
			event.add(new Uid("appointment-" + e.appointmentId() + "@fascia"));
			event.add(new Sequence(e.sequence()));
			event.add(new Status(e.cancelled() ? "CANCELLED" : "CONFIRMED"));
			if (e.description() != null) {
				event.add(new Description(e.description()));
			}
			if (e.location() != null) {
				event.add(new Location(e.location()));
			}
			if (organizerEmail != null) {
				event.add(new Organizer(URI.create("mailto:" + organizerEmail)));
			}
			if (attendeeEmail != null) {
				Attendee attendee = new Attendee(URI.create("mailto:" + attendeeEmail));
				attendee.add(new PartStat("ACCEPTED"));
				attendee.add(new Rsvp(false));
				event.add(attendee);
			}
			calendar.add(event);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
