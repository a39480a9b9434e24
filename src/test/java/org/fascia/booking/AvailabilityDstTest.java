package org.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.booking.Requests.daily;
import static org.fascia.booking.Requests.starts;
import static org.fascia.booking.Requests.therapist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Daylight-saving days: working hours give the wall-clock slots they say, each at the right offset;
 * a wall-clock time that does not exist gives no slot, one that occurs twice gives one slot.
 */
class AvailabilityDstTest {

	/** Each DST change of 2026 in London and New York, with the offsets of 09:00 before and that day. */
	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "Europe/London,    2026-03-29, +00:00, +01:00", "Europe/London,    2026-10-25, +01:00, +00:00",
			"America/New_York, 2026-03-08, -05:00, -04:00", "America/New_York, 2026-11-01, -04:00, -05:00" })
	void workingHoursAwayFromTheChangeGiveTheSameWallClockSlotsAsANormalDay(String zone, LocalDate change,
			String offsetBefore, String offsetThatDay) {
		LocalDate weekBefore = change.minusDays(7);
		Requests request = Requests.between(weekBefore, change)
			.zone(zone)
			.therapists(therapist(1, daily("09:00", "17:00")));

		List<Slot> slots = request.slots();
		List<Slot> normal = onDate(slots, weekBefore, zone);
		List<Slot> changeDay = onDate(slots, change, zone);

		assertThat(normal).hasSize(29); // 09:00 to 16:00 every 15 minutes
		assertThat(starts(changeDay, ZoneId.of(zone))).isEqualTo(starts(normal, ZoneId.of(zone)));
		assertThat(changeDay.get(0).start())
			.isEqualTo(change.atTime(9, 0).toInstant(ZoneOffset.of(offsetThatDay)));
		assertThat(normal.get(0).start()).isEqualTo(weekBefore.atTime(9, 0).toInstant(ZoneOffset.of(offsetBefore)));
		assertThat(changeDay).allSatisfy((slot) -> {
			assertThat(slot.start().atZone(ZoneId.of(zone)).getOffset()).isEqualTo(ZoneOffset.of(offsetThatDay));
			assertThat(Duration.between(slot.start(), slot.end())).hasMinutes(60);
		});
	}

	/** 00:00–04:00 on the change day, 30-minute service, 15-minute step. */
	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "Europe/London,    2026-03-29, 01:00, 02:00, 11", "Europe/London,    2026-10-25, 01:00, 02:00, 15",
			"America/New_York, 2026-03-08, 02:00, 03:00, 11", "America/New_York, 2026-11-01, 01:00, 02:00, 15" })
	void anIntervalAcrossTheChangeGivesEachExistingWallClockStartOnce(String zone, LocalDate change, String changeFrom,
			String changeTo, int expected) {
		ZoneId id = ZoneId.of(zone);
		List<Slot> slots = Requests.on(change)
			.zone(zone)
			.therapists(therapist(1, daily("00:00", "04:00")))
			.service(30, 0)
			.slots();

		List<String> starts = starts(slots, id);
		assertThat(slots).hasSize(expected);
		assertThat(starts).doesNotHaveDuplicates().isSorted().startsWith("00:00").endsWith("03:30");
		assertThat(slots).extracting(Slot::start).isSorted().doesNotHaveDuplicates();
		// Every start is a wall-clock time that exists: it reads back as itself, at a valid offset.
		assertThat(slots).allSatisfy((slot) -> assertThat(id.getRules()
			.isValidOffset(slot.start().atZone(id).toLocalDateTime(), slot.start().atZone(id).getOffset())).isTrue());
		if (expected == 11) { // spring forward: the skipped hour gives nothing
			assertThat(starts).noneMatch((time) -> time.compareTo(changeFrom) >= 0 && time.compareTo(changeTo) < 0);
		}
		else { // fall back: the repeated hour gives one slot per wall-clock time, at the earlier offset
			ZoneOffset summer = id.getRules().getOffset(change.atStartOfDay(id).toInstant());
			assertThat(slots).filteredOn((slot) -> starts(List.of(slot), id).get(0).startsWith(changeFrom.substring(0, 3)))
				.hasSize(4)
				.allSatisfy((slot) -> assertThat(slot.start().atZone(id).getOffset()).isEqualTo(summer));
		}
	}

	@Test
	void londonFallBackRepeatedHourIsTakenAtItsFirstOccurrence() {
		LocalDate change = LocalDate.of(2026, 10, 25);
		List<Slot> slots = Requests.on(change)
			.therapists(therapist(1, daily("00:00", "04:00")))
			.service(30, 0)
			.step(60)
			.slots();

		assertThat(slots).extracting(Slot::start)
			.containsExactly(Instant.parse("2026-10-24T23:00:00Z"), Instant.parse("2026-10-25T00:00:00Z"),
					Instant.parse("2026-10-25T02:00:00Z"), Instant.parse("2026-10-25T03:00:00Z"));
	}

	@Test
	void anEndInTheSkippedHourMovesForwardByTheGap() {
		// London 2026-03-29: 00:00–01:30 is read as 00:00 GMT to 02:30 BST, i.e. 90 minutes of elapsed time.
		Requests request = Requests.on(LocalDate.of(2026, 3, 29))
			.therapists(therapist(1, daily("00:00", "01:30")))
			.step(15);

		assertThat(request.service(90, 0).slots()).singleElement()
			.satisfies((slot) -> assertThat(slot.end()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z")));
		assertThat(starts(request.service(30, 0).slots(), ZoneId.of("Europe/London"))).containsExactly("00:00",
				"00:15", "00:30", "00:45");
	}

	@Test
	void anEndInTheRepeatedHourIsItsFirstOccurrence() {
		// London 2026-10-25: 00:00–01:30 ends at 01:30 BST, so a 30-minute service can start at 01:00 BST at the latest.
		List<Slot> slots = Requests.on(LocalDate.of(2026, 10, 25))
			.therapists(therapist(1, daily("00:00", "01:30")))
			.service(30, 0)
			.slots();

		assertThat(starts(slots, ZoneId.of("Europe/London"))).containsExactly("00:00", "00:15", "00:30", "00:45",
				"01:00");
		assertThat(slots.get(slots.size() - 1).end()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
	}

	private static List<Slot> onDate(List<Slot> slots, LocalDate date, String zone) {
		return slots.stream().filter((slot) -> slot.start().atZone(ZoneId.of(zone)).toLocalDate().equals(date)).toList();
	}

}
