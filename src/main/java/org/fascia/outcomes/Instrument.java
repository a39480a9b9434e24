package org.fascia.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The instruments Fascia scores, with what licensing allows to ship (OUTCOMES.md, "Licensing decides what ships
 * with item text"), the items the scoring expects (linkId and FHIR item type) and the published source of the
 * scoring rule and MCID.
 */
public enum Instrument {

	/** Numeric pain rating 0-10. Ostelo 2008 consensus; Childs 2005. */
	NPRS("nprs.json", true, "Generic scale with no owner: ships with its text.",
			"Ostelo 2008 consensus; Childs 2005", items(Item.integer("pain"))),

	/** Pain, Enjoyment, General activity; each 0-10. Krebs 2009; Reed 2023. */
	PEG("peg.json", true, "Free for clinical use: ships with its text.", "Krebs 2009; Reed 2023",
			items(Item.integer("pain"), Item.integer("enjoyment"), Item.integer("activity"))),

	/** Patient-specific functional scale: 1 to 3 activities named by the client, each 0-10. Stratford 1995. */
	PSFS("psfs.json", true, "Free for clinical use: ships with its text.",
			"Stratford 1995; detectable-change figures",
			items(Item.string("activity1_name"), Item.integer("activity1"), Item.string("activity2_name"),
					Item.integer("activity2"), Item.string("activity3_name"), Item.integer("activity3"))),

	/** Roland-Morris disability questionnaire, 24 statements. Ostelo 2008; Roland &amp; Fairbank 2000. */
	RMDQ("rmdq.json", false,
			"The authors allow use of the published form without permission; current terms for software are unverified. "
					+ "Scoring only: a clinic imports the item text.",
			"Ostelo 2008; Roland & Fairbank 2000", numbered("q", 24, Item::bool)),

	/** Oswestry disability index v2.1a, 10 sections 0-5. Fairbank &amp; Pynsent 2000; Ostelo 2008. */
	ODI("odi.json", false,
			"© Fairbank, distributed under licence (fees may apply). Scoring only: a clinic that holds a licence imports "
					+ "the item text.",
			"Fairbank & Pynsent 2000; Ostelo 2008", numbered("s", 10, Item::integer)),

	/** Keele STarT Back screening tool, 9 items. Hill 2008. */
	STARTBACK("startback.json", false,
			"Keele: free for non-commercial use, items must not be modified, commercial use needs a licence. "
					+ "Scoring only: a clinic imports the item text.",
			"Hill 2008 (Keele)", startBackItems());

	private final String file;

	private final boolean shipsText;

	private final String licence;

	private final String source;

	private final List<Item> items;

	Instrument(String file, boolean shipsText, String licence, String source, List<Item> items) {
		this.file = file;
		this.shipsText = shipsText;
		this.licence = licence;
		this.source = source;
		this.items = items;
	}

	/** The instrument of a code as the API spells it ({@code NPRS}, {@code STARTBACK}; any case), if known. */
	public static Optional<Instrument> of(String code) {
		if (code == null) {
			return Optional.empty();
		}
		for (Instrument instrument : values()) {
			if (instrument.name().equals(code.toUpperCase(Locale.ROOT))) {
				return Optional.of(instrument);
			}
		}
		return Optional.empty();
	}

	/** The built-in definition file under {@code instruments/}. */
	String file() {
		return file;
	}

	/** Whether the repository may ship the item text (NPRS, PEG, PSFS); the others are imported by the clinic. */
	public boolean shipsText() {
		return shipsText;
	}

	/** The licence notice to show with the instrument (OUTCOMES.md licensing table). */
	public String licence() {
		return licence;
	}

	/** Where the scoring rule and MCID come from. */
	public String source() {
		return source;
	}

	/** The items the scoring expects, in order. */
	public List<Item> items() {
		return items;
	}

	/** One item the scoring expects: its linkId, FHIR type and, for a choice, the answer codes. */
	public record Item(String linkId, String type, List<String> codes) {

		/** The answer codes of STarT Back item 9 (bothersomeness), in order (a nested constant, so it is set
		 * before the enum constants use it). */
		public static final List<String> BOTHERSOMENESS = List.of("not_at_all", "slightly", "moderately",
				"very_much", "extremely");

		static Item integer(String linkId) {
			return new Item(linkId, "integer", List.of());
		}

		static Item bool(String linkId) {
			return new Item(linkId, "boolean", List.of());
		}

		static Item string(String linkId) {
			return new Item(linkId, "string", List.of());
		}

	}

	private static List<Item> items(Item... items) {
		return List.of(items);
	}

	private static List<Item> numbered(String prefix, int count, java.util.function.Function<String, Item> item) {
		List<Item> list = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			list.add(item.apply(prefix + i));
		}
		return List.copyOf(list);
	}

	private static List<Item> startBackItems() {
		List<Item> list = new ArrayList<>(numbered("q", 8, Item::bool));
		list.add(new Item("q9", "choice", Item.BOTHERSOMENESS));
		return List.copyOf(list);
	}

}
