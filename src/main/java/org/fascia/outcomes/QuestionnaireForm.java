package org.fascia.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.platform.Words;

/**
 * A questionnaire round as a web form: one section per instrument with its items in the clinic's wording (the
 * definition in use, so an imported licensed text shows as imported), each answer field named
 * {@code <INSTRUMENT>.<linkId>}, and the reverse: the posted form read back into plain answers for
 * {@link Scoring}. PSFS activities named at the baseline are shown, not asked again, in later rounds. The form's own
 * words (intros, scale ends, messages) come from the message bundles; the items' wording from the definition.
 */
public final class QuestionnaireForm {

	private QuestionnaireForm() {
	}

	/** How an item is answered on the page. */
	public enum Kind {
		/** 0-10 (or ODI 0-5) as a row of big radio buttons. */
		SCALE,
		/** A statement ticked or not (RMDQ) or agreed with or not (STarT Back 1-8). */
		YES_NO,
		/** A statement ticked when it applies (RMDQ); not ticked is "no". */
		TICK,
		/** A short text (PSFS activity name). */
		TEXT,
		/** One of the item's answer codes (STarT Back 9). */
		CHOICE,
		/** A PSFS activity named at the baseline, shown and sent back unchanged. */
		FIXED
	}

	/** One field: the form name, the item text, how it is answered, the scale's range and end labels, the value shown. */
	public record Field(String name, String text, Kind kind, int min, int max, String lowLabel, String highLabel,
			List<String> codes, String value, String error, boolean required) {

		public List<Integer> range() {
			List<Integer> list = new ArrayList<>();
			for (int i = min; i <= max; i++) {
				list.add(i);
			}
			return list;
		}

		/** The field's id in the page. */
		public String id() {
			return name.replace('.', '-');
		}

	}

	/** One instrument's part of the form. */
	public record Section(Instrument instrument, String title, String intro, String licence, List<Field> fields) {
	}

	/** The sections for {@code instruments}, showing {@code shown} values and {@code errors} keyed by field name. */
	public static List<Section> sections(InstrumentLibrary library, Words words, List<Instrument> instruments,
			List<String> baselineActivities, Map<String, String> shown, Map<String, String> errors) {
		List<Section> sections = new ArrayList<>();
		for (Instrument instrument : instruments) {
			InstrumentDefinition definition = library.definition(instrument);
			List<Field> fields = new ArrayList<>();
			for (InstrumentDefinition.DefinedItem item : definition.items()) {
				String name = instrument.name() + "." + item.linkId();
				String value = shown.get(name);
				String error = errors.get(name);
				if (instrument == Instrument.PSFS && !baselineActivities.isEmpty()) {
					int n = Integer.parseInt(item.linkId().replaceAll("\\D", ""));
					if (n > baselineActivities.size()) {
						continue;
					}
					if (item.linkId().endsWith("_name")) {
						fields.add(new Field(name, words.text("outcomes.answer.activity", String.valueOf(n)), Kind.FIXED, 0, 0, null, null, List.of(),
								baselineActivities.get(n - 1), null, false));
						continue;
					}
					fields.add(scale(words, name, words.text("outcomes.answer.activityAble", baselineActivities.get(n - 1)),
							instrument, item.linkId(), value, error, true));
					continue;
				}
				fields.add(switch (item.type()) {
					case "integer" -> scale(words, name, item.text(), instrument, item.linkId(), value, error,
							!(instrument == Instrument.PSFS && !item.linkId().equals("activity1"))
									&& instrument != Instrument.ODI);
					case "boolean" -> instrument == Instrument.RMDQ
							? new Field(name, item.text(), Kind.TICK, 0, 0, null, null, List.of(), value, error, false)
							: new Field(name, item.text(), Kind.YES_NO, 0, 0,
							instrument == Instrument.STARTBACK ? words.text("outcomes.answer.disagree") : words.text("outcomes.answer.no"),
							instrument == Instrument.STARTBACK ? words.text("outcomes.answer.agree") : words.text("outcomes.answer.yes"),
							List.of(), value,
							error, true);
					case "string" -> new Field(name, item.text(), Kind.TEXT, 0, 0, null, null, List.of(), value, error,
							item.linkId().equals("activity1_name"));
					default -> new Field(name, item.text(), Kind.CHOICE, 0, 0, null, null, item.codes(), value, error, true);
				});
			}
			sections.add(new Section(instrument, definition.title(), intro(words, instrument),
					instrument.shipsText() ? null : instrument.licence(), fields));
		}
		return sections;
	}

	private static Field scale(Words words, String name, String text, Instrument instrument, String linkId, String value,
			String error, boolean required) {
		if (instrument == Instrument.ODI) {
			return new Field(name, text, Kind.SCALE, 0, 5, words.text("outcomes.answer.odi.low"),
					words.text("outcomes.answer.odi.high"), List.of(), value, error, required);
		}
		String[] ends = switch (instrument) {
			case PEG -> linkId.equals("pain")
					? new String[] { words.text("outcomes.answer.peg.pain.low"), words.text("outcomes.answer.peg.pain.high") }
					: new String[] { words.text("outcomes.answer.peg.interference.low"),
							words.text("outcomes.answer.peg.interference.high") };
			case PSFS -> new String[] { words.text("outcomes.answer.psfs.low"), words.text("outcomes.answer.psfs.high") };
			default -> new String[] { words.text("outcomes.answer.nprs.low"), words.text("outcomes.answer.nprs.high") };
		};
		return new Field(name, text, Kind.SCALE, 0, 10, ends[0], ends[1], List.of(), value, error, required);
	}

	private static String intro(Words words, Instrument instrument) {
		return switch (instrument) {
			case NPRS -> words.text("outcomes.answer.intro.NPRS");
			case PEG -> words.text("outcomes.answer.intro.PEG");
			case PSFS -> words.text("outcomes.answer.intro.PSFS");
			case RMDQ -> words.text("outcomes.answer.intro.RMDQ");
			case ODI -> words.text("outcomes.answer.intro.ODI");
			case STARTBACK -> words.text("outcomes.answer.intro.STARTBACK");
		};
	}

	/**
	 * Reads the posted form into plain answers per instrument (numbers as Long, yes/no as Boolean, texts and codes as
	 * String; empty means not answered). Baseline PSFS activity names are put back from the record, never from the
	 * form. Numbers that are not whole numbers become an error keyed by the field name.
	 */
	public static Map<Instrument, Map<String, Object>> read(Words words, List<Instrument> instruments,
			List<String> baselineActivities, Map<String, String> form, Map<String, String> errors) {
		Map<Instrument, Map<String, Object>> all = new LinkedHashMap<>();
		for (Instrument instrument : instruments) {
			Map<String, Object> answers = new LinkedHashMap<>();
			for (Instrument.Item item : instrument.items()) {
				String name = instrument.name() + "." + item.linkId();
				String raw = form.get(name);
				if (instrument == Instrument.PSFS && !baselineActivities.isEmpty() && item.linkId().endsWith("_name")) {
					int n = Integer.parseInt(item.linkId().replaceAll("\\D", ""));
					if (n <= baselineActivities.size()) {
						answers.put(item.linkId(), baselineActivities.get(n - 1));
					}
					continue;
				}
				if (raw == null || raw.isBlank()) {
					if (instrument == Instrument.RMDQ) {
						answers.put(item.linkId(), false);
					}
					continue;
				}
				raw = raw.strip();
				switch (item.type()) {
					case "integer" -> {
						try {
							answers.put(item.linkId(), Long.parseLong(raw));
						}
						catch (NumberFormatException ex) {
							errors.put(name, words.text("outcomes.answer.wholeNumber"));
						}
					}
					case "boolean" -> answers.put(item.linkId(), "true".equals(raw));
					case "string" -> {
						if (raw.length() > 100) {
							errors.put(name, words.text("outcomes.answer.tooLong"));
						}
						answers.put(item.linkId(), raw);
					}
					default -> answers.put(item.linkId(), raw);
				}
			}
			all.put(instrument, answers);
		}
		return all;
	}

}
