package org.fascia.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every questionnaire definition under {@code questionnaires/}, keyed by url and version, read once at
 * start-up. A malformed definition stops the application from starting, naming the file and the item.
 */
@Component
public class Questionnaires {

	/** The intake questionnaire's canonical url. */
	public static final String INTAKE = "https://fascia.dev/fhir/Questionnaire/intake";

	static final String HELP = "https://fascia.dev/fhir/StructureDefinition/help";

	static final String LABEL = "https://fascia.dev/fhir/StructureDefinition/short-label";

	static final String DURATION = "https://fascia.dev/fhir/StructureDefinition/duration-input";

	static final String MIN = "http://hl7.org/fhir/StructureDefinition/minValue";

	static final String MAX = "http://hl7.org/fhir/StructureDefinition/maxValue";

	static final String SCREENING_SYSTEM = "https://fascia.dev/fhir/CodeSystem/screening-answer";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, Questionnaire> byKey = new TreeMap<>();

	Questionnaires(@Value("${fascia.intake.questionnaires:classpath*:questionnaires/*.json}") String[] locations) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		for (String location : locations) {
			try {
				for (Resource resource : resolver.getResources(location.strip())) {
					try (InputStream in = resource.getInputStream()) {
						register(parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
								resource.getFilename()));
					}
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot read questionnaires at " + location, ex);
			}
		}
		if (byKey.isEmpty()) {
			throw new IllegalStateException("No questionnaire definitions found at " + String.join(", ", locations));
		}
	}

	private void register(Questionnaire questionnaire) {
		String key = key(questionnaire.url(), questionnaire.version());
		if (byKey.putIfAbsent(key, questionnaire) != null) {
			throw new IllegalStateException("Questionnaire " + key + " is defined twice");
		}
	}

	private static String key(String url, String version) {
		return url + "|" + version;
	}

	/** The newest version of the intake questionnaire. */
	public Questionnaire current() {
		return current(INTAKE);
	}

	/** The newest version of a questionnaire (versions compare as whole numbers when they are). */
	public Questionnaire current(String url) {
		return byKey.values()
			.stream()
			.filter(q -> q.url().equals(url))
			.max(Comparator.comparing(Questionnaire::version, Questionnaires::compareVersions))
			.orElseThrow(() -> new IllegalStateException("No questionnaire " + url));
	}

	/** One exact version; an answered response is always read with its own version. */
	public Optional<Questionnaire> find(String url, String version) {
		return Optional.ofNullable(byKey.get(key(url, version)));
	}

	public Questionnaire get(String url, String version) {
		return find(url, version)
			.orElseThrow(() -> new IllegalStateException("Questionnaire " + key(url, version) + " is not installed"));
	}

	public List<Questionnaire> all() {
		return List.copyOf(byKey.values());
	}

	static int compareVersions(String a, String b) {
		if (a.matches("\\d{1,9}") && b.matches("\\d{1,9}")) {
			return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
		}
		return a.compareTo(b);
	}

	/** Reads and checks one definition; throws {@link IllegalStateException} naming what is wrong. */
	static Questionnaire parse(String json, String source) {
		try {
			JsonNode root = JSON.readTree(json);
			require("Questionnaire".equals(text(root, "resourceType")), "resourceType must be Questionnaire");
			String url = text(root, "url");
			String version = text(root, "version");
			require(url != null && !url.isBlank(), "url is missing");
			require(version != null && !version.isBlank(), "version is missing");
			require(root.path("item").isArray() && !root.path("item").isEmpty(), "item[] is missing");
			List<Questionnaire.Item> steps = new ArrayList<>();
			for (JsonNode node : root.path("item")) {
				Questionnaire.Item step = item(node);
				require(step.isGroup(), "top-level item " + step.linkId() + " must be a group (one wizard step)");
				steps.add(step);
			}
			Questionnaire questionnaire = new Questionnaire(url, version, text(root, "title"), steps);
			check(questionnaire);
			return questionnaire;
		}
		catch (IllegalStateException | IllegalArgumentException | tools.jackson.core.JacksonException ex) {
			throw new IllegalStateException("Malformed questionnaire " + source + ": " + ex.getMessage(), ex);
		}
	}

	private static Questionnaire.Item item(JsonNode node) {
		String linkId = text(node, "linkId");
		require(linkId != null && linkId.matches("[a-z][a-z0-9_-]{0,99}"), "linkId '" + linkId + "' is missing or not [a-z0-9_-]");
		String fhirType = text(node, "type");
		require(fhirType != null, linkId + ": type is missing");
		Questionnaire.Type type = Questionnaire.Type.of(fhirType);
		String itemText = text(node, "text");
		require(itemText != null && !itemText.isBlank(), linkId + ": text is missing");
		List<Questionnaire.Option> options = new ArrayList<>();
		for (JsonNode option : node.path("answerOption")) {
			JsonNode coding = option.path("valueCoding");
			require(coding.hasNonNull("code") && coding.hasNonNull("display"),
					linkId + ": every answerOption needs valueCoding code and display");
			options.add(new Questionnaire.Option(coding.get("code").asString(), coding.get("display").asString()));
		}
		require(type != Questionnaire.Type.CHOICE || !options.isEmpty(), linkId + ": a choice needs answerOption");
		require(type == Questionnaire.Type.CHOICE || options.isEmpty(), linkId + ": only a choice has answerOption");
		List<Questionnaire.Condition> conditions = new ArrayList<>();
		for (JsonNode when : node.path("enableWhen")) {
			String question = text(when, "question");
			String operator = text(when, "operator");
			require(question != null, linkId + ": enableWhen without question");
			require(operator != null && Set.of("exists", "=", "!=", ">", "<", ">=", "<=").contains(operator),
					linkId + ": enableWhen operator '" + operator + "' is not supported");
			conditions.add(new Questionnaire.Condition(question, operator, conditionAnswer(when, linkId)));
		}
		String behavior = text(node, "enableBehavior");
		require(behavior == null || behavior.equals("all") || behavior.equals("any"),
				linkId + ": enableBehavior must be all or any");
		List<Questionnaire.Item> children = new ArrayList<>();
		for (JsonNode child : node.path("item")) {
			children.add(item(child));
		}
		require(type != Questionnaire.Type.GROUP || !children.isEmpty(), linkId + ": a group needs items");
		require(type == Questionnaire.Type.GROUP || children.isEmpty(), linkId + ": only a group has items");
		String help = null;
		String label = null;
		Integer min = null;
		Integer max = null;
		boolean duration = false;
		for (JsonNode ext : node.path("extension")) {
			String extUrl = text(ext, "url");
			if (HELP.equals(extUrl)) {
				help = text(ext, "valueString");
			}
			else if (LABEL.equals(extUrl)) {
				label = text(ext, "valueString");
			}
			else if (MIN.equals(extUrl)) {
				require(ext.path("valueInteger").isInt(), linkId + ": minValue needs valueInteger");
				min = ext.get("valueInteger").asInt();
			}
			else if (MAX.equals(extUrl)) {
				require(ext.path("valueInteger").isInt(), linkId + ": maxValue needs valueInteger");
				max = ext.get("valueInteger").asInt();
			}
			else if (DURATION.equals(extUrl)) {
				duration = ext.path("valueBoolean").asBoolean(false);
			}
		}
		require(min == null && max == null || type == Questionnaire.Type.INTEGER, linkId + ": only integers have min/max");
		require(min == null || max == null || min <= max, linkId + ": minValue is above maxValue");
		require(!duration || type == Questionnaire.Type.INTEGER, linkId + ": only an integer is a duration");
		Integer maxLength = node.hasNonNull("maxLength") ? node.get("maxLength").asInt() : null;
		require(maxLength == null || maxLength > 0 && maxLength <= 4000, linkId + ": maxLength must be 1 to 4000");
		require(type != Questionnaire.Type.STRING && type != Questionnaire.Type.TEXT || maxLength != null,
				linkId + ": a text item needs maxLength");
		boolean screening = false;
		for (JsonNode code : node.path("code")) {
			if (SCREENING_SYSTEM.equals(text(code, "system"))) {
				require(linkId.equals(text(code, "code")), linkId + ": a screening code must equal the linkId");
				screening = true;
			}
		}
		return new Questionnaire.Item(linkId, type, itemText, help, label, node.path("required").asBoolean(false),
				min, max, maxLength, options, conditions, "any".equals(behavior), duration, screening, children);
	}

	private static Object conditionAnswer(JsonNode when, String linkId) {
		if (when.has("answerBoolean")) {
			return when.get("answerBoolean").asBoolean();
		}
		if (when.has("answerInteger")) {
			return when.get("answerInteger").asInt();
		}
		if (when.has("answerCoding")) {
			return when.get("answerCoding").path("code").asString();
		}
		if (when.has("answerString")) {
			return when.get("answerString").asString();
		}
		throw new IllegalStateException(linkId + ": enableWhen needs answerBoolean, answerInteger, answerCoding or answerString");
	}

	/** linkIds unique; every condition refers to an earlier question and fits its type. */
	private static void check(Questionnaire questionnaire) {
		Set<String> seen = new HashSet<>();
		for (Questionnaire.Item step : questionnaire.steps()) {
			checkItem(questionnaire, step, seen);
		}
	}

	private static void checkItem(Questionnaire questionnaire, Questionnaire.Item item, Set<String> seen) {
		for (Questionnaire.Condition condition : item.enableWhen()) {
			require(seen.contains(condition.question()), item.linkId() + ": enableWhen refers to '"
					+ condition.question() + "', which is not an earlier question");
			Questionnaire.Item target = questionnaire.question(condition.question())
				.orElseThrow(() -> new IllegalStateException(item.linkId() + ": enableWhen refers to a group"));
			if (!condition.operator().equals("exists")) {
				boolean fits = switch (target.type()) {
					case BOOLEAN -> condition.answer() instanceof Boolean;
					case INTEGER -> condition.answer() instanceof Integer;
					case CHOICE -> condition.answer() instanceof String code && target.option(code).isPresent();
					default -> condition.answer() instanceof String;
				};
				require(fits, item.linkId() + ": enableWhen answer does not fit question " + target.linkId());
			}
		}
		require(seen.add(item.linkId()), "linkId " + item.linkId() + " is used twice");
		for (Questionnaire.Item child : item.items()) {
			checkItem(questionnaire, child, seen);
		}
	}

	/** The linkIds that carry a SCREENING.md answer code (item.code with the screening-answer system). */
	static List<String> screeningCodes(Questionnaire questionnaire) {
		return questionnaire.questions().stream().filter(Questionnaire.Item::screening).map(Questionnaire.Item::linkId).toList();
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static void require(boolean ok, String message) {
		if (!ok) {
			throw new IllegalStateException(message);
		}
	}

}
