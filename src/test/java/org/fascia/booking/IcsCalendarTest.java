package org.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** Every kind of calendar Fascia writes is valid RFC 5545 / 5546, with the clinic's zone, across DST. */
class IcsCalendarTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	// 25 October 2026: clocks go back at 02:00 BST; 10:00 local is 10:00 UTC after the change.
	private final IcsCalendar.Event afterChange = new IcsCalendar.Event(7, Instant.parse("2026-10-25T10:00:00Z"),
			Instant.parse("2026-10-25T11:00:00Z"), "Deep tissue massage with Maya", "Northside", "Room 1", 2, false);

	private final IcsCalendar.Event beforeChange = new IcsCalendar.Event(8, Instant.parse("2026-10-24T09:00:00Z"),
			Instant.parse("2026-10-24T10:00:00Z"), "Swedish massage with Lena", null, "Room 2", 0, true);

	private static Calendar parse(String text) throws Exception {
		return new CalendarBuilder().build(new StringReader(text));
	}

	@Test
	void invitationsAndCancellationsAreValidItip() throws Exception {
		for (String method : List.of("REQUEST", "CANCEL")) {
			Calendar calendar = parse(IcsCalendar.invitation(LONDON, method, List.of(afterChange), "clinic@example.com",
					"client@example.com"));
			assertThat(calendar.validate().getEntries()).as(method).isEmpty();
			assertThat(calendar.toString()).contains("METHOD:" + method).contains("ORGANIZER:mailto:clinic@example.com")
				.contains("mailto:client@example.com");
		}
	}

	@Test
	void downloadsAndFeedsAreValidAndCarryTheClinicZone() throws Exception {
		for (String text : List.of(IcsCalendar.download(LONDON, List.of(afterChange)),
				IcsCalendar.feed(LONDON, "Maya Chen", List.of(afterChange, beforeChange)))) {
			Calendar calendar = parse(text);
			assertThat(calendar.validate().getEntries()).isEmpty();
			assertThat(text).contains("BEGIN:VTIMEZONE").contains("TZID:Europe/London").doesNotContain("METHOD:");
		}
	}

	@Test
	void localTimesKeepTheirInstantsAcrossTheChange() throws Exception {
		Calendar calendar = parse(IcsCalendar.feed(LONDON, "Maya Chen", List.of(afterChange, beforeChange)));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(2);
		String text = calendar.toString();
		assertThat(text).contains("DTSTART;TZID=Europe/London:20261025T100000")
			.contains("DTSTART;TZID=Europe/London:20261024T100000");
		for (VEvent event : events) {
			Instant start = Instant.from(event.getDateTimeStart().getDate());
			assertThat(start).isIn(afterChange.start(), beforeChange.start());
		}
		assertThat(text).contains("STATUS:CANCELLED").contains("SEQUENCE:2");
	}

}
