package org.fascia.care;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The caution codes screening can give, with their texts, read from the screening rules file: the
 * codes a library item may name as conflicts.
 */
@Component
class SelfCareCautions {

	private static final String RULES = "/screening/rules.json";

	private final Map<String, String> texts;

	SelfCareCautions() {
		Map<String, String> found = new LinkedHashMap<>();
		try (InputStream in = SelfCareCautions.class.getResourceAsStream(RULES)) {
			if (in == null) {
				throw new IllegalStateException(RULES + " is missing");
			}
			JsonNode cautions = JsonMapper.builder().build().readTree(in).path("cautions");
			for (Map.Entry<String, JsonNode> entry : cautions.properties()) {
				found.put(entry.getKey(), entry.getValue().asString());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.texts = Collections.unmodifiableMap(found);
	}

	/** Every code with its text, in the rules file's order. */
	Map<String, String> all() {
		return texts;
	}

	boolean known(String code) {
		return texts.containsKey(code);
	}

}
