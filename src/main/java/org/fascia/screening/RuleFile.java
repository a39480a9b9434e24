package org.fascia.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code screening/rules.json} once at start-up and fails fast, naming the place, when the
 * file is malformed: an unknown key, answer code, caution code, list, decision or referral advice; a
 * value that is not a choice of its code; a duplicate rule id; a caution without a text or unused.
 */
@Component
class RuleFile {

	static final String LOCATION = "/screening/rules.json";

	private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern CAUTION_CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

	private static final Pattern ANSWER_CODE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

	private static final Set<String> TOP_LEVEL = Set.of("version", "description", "answers", "cautions", "lists",
			"rules");

	private static final Set<String> RULE_KEYS = Set.of("id", "title", "decision", "referralAdvice", "cautions",
			"condition", "source", "plain", "clinicalReview");

	private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final ScreeningRules rules;

	RuleFile() {
		this.rules = load();
	}

	ScreeningRules rules() {
		return rules;
	}

	/** The rules of the file on the class path. */
	static ScreeningRules load() {
		try (InputStream in = RuleFile.class.getResourceAsStream(LOCATION)) {
			if (in == null) {
				throw new Malformed("the screening rule file " + LOCATION + " is missing from the class path");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + LOCATION, ex);
		}
	}

	/** A rule file that must not be used. */
	static final class Malformed extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		Malformed(String message) {
			super("Screening rules " + LOCATION + ": " + message);
		}

	}

	static ScreeningRules parse(String json) {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw new Malformed("not valid JSON: " + ex.getOriginalMessage());
		}
		return new Parser().file(root);
	}

	private static final class Parser {

		private AnswerSchema schema;

		private Map<String, String> cautionTexts;

		private final Map<String, List<Condition>> lists = new LinkedHashMap<>();

		private final Set<String> usedCautions = new HashSet<>();

		private final Set<String> usedLists = new HashSet<>();

		ScreeningRules file(JsonNode root) {
			object(root, "the file");
			onlyKeys(root, TOP_LEVEL, "the file");
			String version = text(root, "version", "the file");
			schema = answers(required(root, "answers", "the file"));
			cautionTexts = cautions(required(root, "cautions", "the file"));
			JsonNode listNodes = root.get("lists");
			if (listNodes != null) {
				object(listNodes, "lists");
				for (Map.Entry<String, JsonNode> entry : listNodes.properties()) {
					String where = "lists." + entry.getKey();
					lists.put(entry.getKey(), conditions(entry.getValue(), where));
				}
			}
			JsonNode ruleNodes = required(root, "rules", "the file");
			if (!ruleNodes.isArray() || ruleNodes.isEmpty()) {
				throw new Malformed("\"rules\" must be a non-empty array");
			}
			List<Rule> rules = new ArrayList<>();
			Set<String> ids = new HashSet<>();
			int index = 0;
			for (JsonNode node : ruleNodes) {
				Rule rule = rule(node, "rules[" + index++ + "]");
				if (!ids.add(rule.id())) {
					throw new Malformed("the rule id \"" + rule.id() + "\" is used twice");
				}
				rules.add(rule);
			}
			Set<String> unusedCautions = new LinkedHashSet<>(cautionTexts.keySet());
			unusedCautions.removeAll(usedCautions);
			if (!unusedCautions.isEmpty()) {
				throw new Malformed("cautions without a rule that adds them: " + unusedCautions);
			}
			Set<String> unusedLists = new LinkedHashSet<>(lists.keySet());
			unusedLists.removeAll(usedLists);
			if (!unusedLists.isEmpty()) {
				throw new Malformed("lists no rule counts: " + unusedLists);
			}
			return new ScreeningRules(version, schema, cautionTexts, rules);
		}

		private AnswerSchema answers(JsonNode node) {
			object(node, "answers");
			if (node.isEmpty()) {
				throw new Malformed("\"answers\" lists no answer codes");
			}
			Map<String, AnswerField> fields = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> entry : node.properties()) {
				String code = entry.getKey();
				String where = "answers." + code;
				if (!ANSWER_CODE.matcher(code).matches()) {
					throw new Malformed(where + ": an answer code is lower_snake_case");
				}
				JsonNode spec = entry.getValue();
				object(spec, where);
				onlyKeys(spec, Set.of("type", "choices", "min", "max"), where);
				String typeName = text(spec, "type", where);
				AnswerType type = AnswerType.fromJson(typeName);
				if (type == null) {
					throw new Malformed(where + ": unknown type \"" + typeName + "\" (int, bool or enum)");
				}
				List<String> choices = new ArrayList<>();
				JsonNode choiceNodes = spec.get("choices");
				if (choiceNodes != null) {
					if (!choiceNodes.isArray()) {
						throw new Malformed(where + ".choices must be an array of texts");
					}
					for (JsonNode choice : choiceNodes) {
						if (!choice.isString() || choice.stringValue().isBlank() || choices.contains(choice.stringValue())) {
							throw new Malformed(where + ".choices must be distinct, non-blank texts");
						}
						choices.add(choice.stringValue());
					}
				}
				Integer min = spec.has("min") ? integer(spec.get("min"), where + ".min") : null;
				Integer max = spec.has("max") ? integer(spec.get("max"), where + ".max") : null;
				try {
					fields.put(code, new AnswerField(code, type, choices, min, max));
				}
				catch (IllegalArgumentException ex) {
					throw new Malformed(where + ": " + ex.getMessage());
				}
			}
			return new AnswerSchema(fields);
		}

		private static Map<String, String> cautions(JsonNode node) {
			object(node, "cautions");
			Map<String, String> texts = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> entry : node.properties()) {
				String where = "cautions." + entry.getKey();
				if (!CAUTION_CODE.matcher(entry.getKey()).matches()) {
					throw new Malformed(where + ": a caution code is UPPER_SNAKE_CASE");
				}
				if (!entry.getValue().isString() || entry.getValue().stringValue().isBlank()) {
					throw new Malformed(where + ": the caution needs a plain text");
				}
				texts.put(entry.getKey(), entry.getValue().stringValue().strip());
			}
			return texts;
		}

		private Rule rule(JsonNode node, String where) {
			object(node, where);
			String id = text(node, "id", where);
			if (!RULE_ID.matcher(id).matches()) {
				throw new Malformed(where + ": the id \"" + id + "\" is not kebab-case");
			}
			where = where + " \"" + id + "\"";
			onlyKeys(node, RULE_KEYS, where);
			Decision decision = constant(Decision.class, text(node, "decision", where), where + ".decision");
			ReferralAdvice advice = constant(ReferralAdvice.class, text(node, "referralAdvice", where),
					where + ".referralAdvice");
			List<String> cautions = new ArrayList<>();
			JsonNode cautionNodes = required(node, "cautions", where);
			if (!cautionNodes.isArray()) {
				throw new Malformed(where + ".cautions must be an array of caution codes");
			}
			for (JsonNode code : cautionNodes) {
				if (!code.isString() || !cautionTexts.containsKey(code.stringValue())) {
					throw new Malformed(where + ".cautions: unknown caution code " + code
							+ " (every code needs a text under \"cautions\")");
				}
				if (cautions.contains(code.stringValue())) {
					throw new Malformed(where + ".cautions: " + code + " is listed twice");
				}
				cautions.add(code.stringValue());
			}
			usedCautions.addAll(cautions);
			JsonNode clinicalReview = required(node, "clinicalReview", where);
			if (!clinicalReview.isBoolean()) {
				throw new Malformed(where + ".clinicalReview must be true or false");
			}
			checkConsistent(decision, advice, cautions, where);
			return new Rule(id, text(node, "title", where), decision, advice, cautions,
					condition(required(node, "condition", where), where + ".condition"), text(node, "source", where),
					text(node, "plain", where), clinicalReview.booleanValue());
		}

		/** Referral advice matches the decision; PROCEED rules add nothing and are not allowed. */
		private static void checkConsistent(Decision decision, ReferralAdvice advice, List<String> cautions,
				String where) {
			ReferralAdvice expected = switch (decision) {
				case EMERGENCY_REFERRAL -> ReferralAdvice.EMERGENCY;
				case URGENT_REFERRAL -> ReferralAdvice.URGENT;
				case NEEDS_CLEARANCE -> ReferralAdvice.ROUTINE_GP;
				default -> null;
			};
			if (expected != null && advice != expected) {
				throw new Malformed(where + ": a rule deciding " + decision + " advises " + expected + ", not " + advice);
			}
			if (decision == Decision.PROCEED) {
				throw new Malformed(where + ": a rule that decides PROCEED changes nothing; use PROCEED_WITH_CAUTIONS");
			}
			if (decision == Decision.PROCEED_WITH_CAUTIONS && cautions.isEmpty() && advice == ReferralAdvice.NONE) {
				throw new Malformed(where + ": a PROCEED_WITH_CAUTIONS rule needs cautions or referral advice");
			}
		}

		private Condition condition(JsonNode node, String where) {
			object(node, where);
			if (node.has("count")) {
				return count(node, where);
			}
			if (node.size() != 1) {
				throw new Malformed(where + ": a condition has exactly one operator, found " + node.propertyNames());
			}
			Map.Entry<String, JsonNode> only = node.properties().iterator().next();
			String op = only.getKey();
			JsonNode arg = only.getValue();
			String at = where + "." + op;
			switch (op) {
				case "yes": {
					String code = code(arg, at);
					expectType(code, AnswerType.BOOL, at);
					return new Condition.Yes(code);
				}
				case "present":
					return new Condition.Present(code(arg, at));
				case "eq":
				case "ne": {
					if (!arg.isArray() || arg.size() != 2) {
						throw new Malformed(at + " takes [\"code\", value]");
					}
					String code = code(arg.get(0), at);
					Object value = value(code, arg.get(1), at);
					return op.equals("eq") ? new Condition.Eq(code, value) : new Condition.Ne(code, value);
				}
				case "lt":
				case "lte":
				case "gt":
				case "gte": {
					if (!arg.isArray() || arg.size() != 2) {
						throw new Malformed(at + " takes [\"code\", number]");
					}
					String code = code(arg.get(0), at);
					expectType(code, AnswerType.INT, at);
					return new Condition.Compare(code, Condition.Op.fromJson(op), integer(arg.get(1), at));
				}
				case "any":
					return new Condition.Any(conditions(arg, at));
				case "all":
					return new Condition.All(conditions(arg, at));
				default:
					throw new Malformed(where + ": unknown operator \"" + op
							+ "\" (yes, eq, ne, lt, lte, gt, gte, present, any, all, count)");
			}
		}

		private Condition count(JsonNode node, String where) {
			String at = where + ".count";
			boolean exactly = node.has("exactly");
			if (node.size() != 2 || exactly == node.has("min")) {
				throw new Malformed(at + " takes a list and either \"min\" or \"exactly\", nothing else");
			}
			JsonNode over = node.get("count");
			List<Condition> items;
			if (over.isString()) {
				items = lists.get(over.stringValue());
				if (items == null) {
					throw new Malformed(at + ": unknown list \"" + over.stringValue() + "\"");
				}
				usedLists.add(over.stringValue());
			}
			else {
				items = conditions(over, at);
			}
			int n = integer(node.get(exactly ? "exactly" : "min"), where + (exactly ? ".exactly" : ".min"));
			if (n < (exactly ? 0 : 1) || n > items.size()) {
				throw new Malformed(where + ": cannot count " + n + " of " + items.size() + " conditions");
			}
			return new Condition.Count(items, n, exactly);
		}

		private List<Condition> conditions(JsonNode node, String where) {
			if (!node.isArray() || node.isEmpty()) {
				throw new Malformed(where + " takes a non-empty array of conditions");
			}
			List<Condition> conditions = new ArrayList<>();
			int index = 0;
			for (JsonNode item : node) {
				conditions.add(condition(item, where + "[" + index++ + "]"));
			}
			return conditions;
		}

		private String code(JsonNode node, String where) {
			if (node == null || !node.isString()) {
				throw new Malformed(where + ": expected an answer code");
			}
			String code = node.stringValue();
			if (schema.field(code) == null) {
				throw new Malformed(where + ": unknown answer code \"" + code + "\"");
			}
			return code;
		}

		private void expectType(String code, AnswerType type, String where) {
			AnswerType actual = schema.field(code).type();
			if (actual != type) {
				throw new Malformed(where + ": \"" + code + "\" is " + actual.json() + ", this operator needs " + type.json());
			}
		}

		private Object value(String code, JsonNode node, String where) {
			AnswerField field = schema.field(code);
			switch (field.type()) {
				case ENUM:
					if (!node.isString() || !field.choices().contains(node.stringValue())) {
						throw new Malformed(where + ": " + node + " is not a choice of \"" + code + "\" " + field.choices());
					}
					return node.stringValue();
				case INT:
					return integer(node, where);
				default:
					throw new Malformed(where + ": compare a bool with \"yes\"");
			}
		}

		private static int integer(JsonNode node, String where) {
			if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
				throw new Malformed(where + ": expected a whole number");
			}
			return node.intValue();
		}

		private static <E extends Enum<E>> E constant(Class<E> type, String name, String where) {
			try {
				return Enum.valueOf(type, name);
			}
			catch (IllegalArgumentException ex) {
				throw new Malformed(where + ": unknown " + type.getSimpleName() + " \"" + name + "\"");
			}
		}

		private static JsonNode required(JsonNode node, String key, String where) {
			JsonNode value = node.get(key);
			if (value == null || value.isNull()) {
				throw new Malformed(where + ": \"" + key + "\" is missing");
			}
			return value;
		}

		private static String text(JsonNode node, String key, String where) {
			JsonNode value = required(node, key, where);
			if (!value.isString() || value.stringValue().isBlank()) {
				throw new Malformed(where + ": \"" + key + "\" must be a non-blank text");
			}
			return value.stringValue().strip();
		}

		private static void object(JsonNode node, String where) {
			if (node == null || !node.isObject()) {
				throw new Malformed(where + " must be a JSON object");
			}
		}

		private static void onlyKeys(JsonNode node, Set<String> allowed, String where) {
			for (String key : node.propertyNames()) {
				if (!allowed.contains(key)) {
					throw new Malformed(where + ": unknown key \"" + key + "\"");
				}
			}
		}

	}

}
