package org.fascia.booking;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
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

	/** A calendar sent by email: one or more appointments with a METHOD (REQUEST or CANCEL). */
	static String of(ZoneId zone, String method, List<Event> events) {
		Calendar calendar = calendar(zone, events);
		calendar.add(new Method(method));
		return write(calendar);
	}

	/**
	 * A subscribed calendar (a private feed): no METHOD, a name calendar apps show, and a hint to
	 * look for changes every hour.
	 */
	static String feed(ZoneId zone, String name, List<Event> events) {
		Calendar calendar = calendar(zone, events);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
		calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
		return write(calendar);
	}

	private static Calendar calendar(ZoneId zone, List<Event> events) {
		TimeZone tz = REGISTRY.getTimeZone(zone.getId());
		ZoneId icalZone = tz == null ? ZoneId.of("UTC") : tz.toZoneId();
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Fascia//Clinic booking//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		if (tz != null) {
			calendar.add(tz.getVTimeZone());
		}
		for (Event e : events) {
			VEvent event = new VEvent(ZonedDateTime.ofInstant(e.start(), icalZone),
					ZonedDateTime.ofInstant(e.end(), icalZone), e.summary());
			event.add(new Uid("appointment-" + e.appointmentId() + "@fascia"));
			// The VEvent constructor already stamps it: replace, or the event has two DTSTAMPs (invalid).
			event.replace(new DtStamp(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
			event.add(new Sequence(e.sequence()));
			event.add(new Status(e.cancelled() ? "CANCELLED" : "CONFIRMED"));
			if (e.description() != null) {
				event.add(new Description(e.description()));
			}
			if (e.location() != null) {
				event.add(new Location(e.location()));
			}
			calendar.add(event);
		}
		return calendar;
	}

	private static String write(Calendar calendar) {
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
