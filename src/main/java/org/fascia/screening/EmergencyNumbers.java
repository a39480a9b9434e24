package org.fascia.screening;

import java.time.ZoneId;
import java.util.Set;

import org.fascia.platform.Pure;

/**
 * The emergency telephone number to tell a client, derived from the clinic's time zone: the clinic's
 * country is not stored, and its zone is the best hint there is. When the zone does not tell the
 * number for sure, the words "your local emergency number" are given instead, never a guess.
 */
@Pure
public final class EmergencyNumbers {

	/** What is said when the zone does not tell the number. */
	public static final String UNKNOWN = "your local emergency number";

	/** The United Kingdom and the Crown Dependencies (999; 112 works there too). */
	private static final Set<String> UK = Set.of("Europe/London", "Europe/Belfast", "Europe/Guernsey", "Europe/Jersey",
			"Europe/Isle_of_Man", "GB", "GB-Eire");

	/** Zones of the United States and Canada (911). */
	private static final Set<String> NORTH_AMERICA = Set.of("America/New_York", "America/Chicago", "America/Denver",
			"America/Los_Angeles", "America/Phoenix", "America/Anchorage", "America/Juneau", "America/Sitka",
			"America/Metlakatla", "America/Yakutat", "America/Nome", "America/Adak", "America/Boise", "America/Detroit",
			"America/Menominee", "America/Toronto", "America/Vancouver", "America/Edmonton", "America/Winnipeg",
			"America/Halifax", "America/St_Johns", "America/Regina", "America/Moncton", "America/Glace_Bay",
			"America/Goose_Bay", "America/Whitehorse", "America/Dawson", "America/Dawson_Creek", "America/Fort_Nelson",
			"America/Creston", "America/Cambridge_Bay", "America/Inuvik", "America/Iqaluit", "America/Rankin_Inlet",
			"America/Resolute", "America/Swift_Current", "America/Atikokan", "America/Yellowknife",
			"America/Rainy_River", "America/Thunder_Bay", "America/Nipigon", "America/Pangnirtung",
			"America/Montreal", "America/Fort_Wayne", "America/Indianapolis", "America/Louisville",
			"America/Knox_IN", "America/Shiprock", "Pacific/Honolulu", "Navajo");

	private static final Set<String> NORTH_AMERICA_PREFIXES = Set.of("America/Indiana/", "America/Kentucky/",
			"America/North_Dakota/", "US/", "Canada/");

	private EmergencyNumbers() {
	}

	/**
	 * Europe/London (and the rest of the UK) → 999; any other Europe/* zone → 112; a US or Canadian
	 * zone → 911; Australia/* → 000; anything else (or null) → {@link #UNKNOWN}.
	 */
	public static String forZone(ZoneId zone) {
		if (zone == null) {
			return UNKNOWN;
		}
		String id = zone.getId();
		if (UK.contains(id)) {
			return "999";
		}
		if (id.startsWith("Europe/")) {
			return "112";
		}
		if (NORTH_AMERICA.contains(id) || NORTH_AMERICA_PREFIXES.stream().anyMatch(id::startsWith)) {
			return "911";
		}
		if (id.startsWith("Australia/")) {
			return "000";
		}
		return UNKNOWN;
	}

	/** Whether {@link #forZone} gave a number one can dial (rather than {@link #UNKNOWN}). */
	public static boolean dialable(String number) {
		return number != null && !number.isEmpty() && number.chars().allMatch(Character::isDigit);
	}

}
