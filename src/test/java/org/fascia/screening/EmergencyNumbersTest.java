package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The emergency number told to a client, from the clinic's time zone; words, never a guess, otherwise. */
class EmergencyNumbersTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "Europe/London, 999", "Europe/Belfast, 999", "Europe/Jersey, 999", "Europe/Dublin, 112",
			"Europe/Berlin, 112", "Europe/Paris, 112", "Europe/Stockholm, 112", "America/New_York, 911",
			"America/Los_Angeles, 911", "America/Indiana/Indianapolis, 911", "America/Toronto, 911",
			"America/Vancouver, 911", "America/St_Johns, 911", "Pacific/Honolulu, 911", "Australia/Sydney, 000",
			"Australia/Perth, 000" })
	void knownZonesGiveTheirNumber(String zone, String number) {
		assertThat(EmergencyNumbers.forZone(ZoneId.of(zone))).isEqualTo(number);
		assertThat(EmergencyNumbers.dialable(number)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "Asia/Tokyo", "Africa/Nairobi", "America/Sao_Paulo", "America/Mexico_City", "Pacific/Auckland", "UTC" })
	void otherZonesGiveWordsNotAGuess(String zone) {
		assertThat(EmergencyNumbers.forZone(ZoneId.of(zone))).isEqualTo("your local emergency number");
		assertThat(EmergencyNumbers.dialable(EmergencyNumbers.forZone(ZoneId.of(zone)))).isFalse();
	}

	@Test
	void noZoneGivesWords() {
		assertThat(EmergencyNumbers.forZone(null)).isEqualTo(EmergencyNumbers.UNKNOWN);
	}

}
