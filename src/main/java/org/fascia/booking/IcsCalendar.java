package org.fascia.booking;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
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
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * RFC 5545 calendars for appointments, with the clinic's VTIMEZONE, written by ical4j. The tests
 * validate every kind of calendar written here (validation on every booking would cost most of the
 * time it takes to write one, as the booking benchmark showed).
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
		Calendar calendar = calendar(zone, events, organizerEmail, attendeeEmail);
		calendar.add(new Method(method));
		return write(calendar);
	}

	/** A plain calendar file to download ("add to calendar"): no METHOD, no attendees. */
	static String download(ZoneId zone, List<Event> events) {
		return write(calendar(zone, events, null, null));
	}

	/**
	 * A subscribed calendar (a private feed): no METHOD, a name calendar apps show, and a hint to
	 * look for changes every hour.
	 */
	static String feed(ZoneId zone, String name, List<Event> events) {
		Calendar calendar = calendar(zone, events, null, null);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
		calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
		return write(calendar);
	}

	private static Calendar calendar(ZoneId zone, List<Event> events, String organizerEmail, String attendeeEmail) {
		TimeZone tz = REGISTRY.getTimeZone(zone.getId());
		ZoneId icalZone = tz == null ? ZoneId.of("UTC") : tz.toZoneId();
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Fascia//Clinic booking//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		if (tz != null) {
			calendar.add(tz.getVTimeZone());
		}
		Instant stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		for (Event e : events) {
			VEvent event = new VEvent(ZonedDateTime.ofInstant(e.start(), icalZone),
					ZonedDateTime.ofInstant(e.end(), icalZone), e.summary());
			// The VEvent constructor already stamps it: replace, or the event has two DTSTAMPs (invalid).
			event.replace(new DtStamp(stamp));
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
		return calendar;
	}

	private static String write(Calendar calendar) {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
