package org.fascia.outcomes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in instrument definitions, {@code src/main/resources/instruments/*.json}, read once at start. A file
 * that is missing, not JSON, or does not have exactly the items its scoring expects stops the start (fail fast),
 * so a broken definition can never reach a client.
 */
@Component
public class InstrumentRegistry {

	static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

	private final Map<Instrument, InstrumentDefinition> builtIn;

	InstrumentRegistry() {
		this.builtIn = load();
	}

	/** The built-in definition of an instrument (placeholder text for the licensed ones). */
	public InstrumentDefinition builtIn(Instrument instrument) {
		return builtIn.get(instrument);
	}

	static Map<Instrument, InstrumentDefinition> load() {
		Map<Instrument, InstrumentDefinition> all = new EnumMap<>(Instrument.class);
		for (Instrument instrument : Instrument.values()) {
			all.put(instrument, read(instrument));
		}
		return Collections.unmodifiableMap(all);
	}

	private static InstrumentDefinition read(Instrument instrument) {
		String location = "/instruments/" + instrument.file();
		try (InputStream in = InstrumentRegistry.class.getResourceAsStream(location)) {
			if (in == null) {
				throw new Malformed(location, "the file is missing from the class path");
			}
			return parse(location, instrument, new String(in.readAllBytes(), StandardCharsets.UTF_8), instrument.shipsText());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + location, ex);
		}
	}

	/** Reads and checks one definition; {@code withText} says the items carry real wording (required then). */
	static InstrumentDefinition parse(String location, Instrument instrument, String text, boolean withText) {
		JsonNode json;
		try {
			json = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			throw new Malformed(location, "not valid JSON (" + ex.getOriginalMessage() + ")");
		}
		QuestionnaireShape.Checked checked = QuestionnaireShape.check(json, withText);
		if (!checked.errors().isEmpty()) {
			throw new Malformed(location, checked.errors().toString());
		}
		if (checked.definition().instrument() != instrument) {
			throw new Malformed(location, "its name is " + checked.definition().instrument() + ", not " + instrument);
		}
		return checked.definition();
	}

	/** A built-in definition file that must not be used. */
	static final class Malformed extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		Malformed(String location, String message) {
			super("Instrument definition " + location + ": " + message);
		}

	}

}
