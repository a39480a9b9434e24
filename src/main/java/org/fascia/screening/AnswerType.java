package org.fascia.screening;

/** The type of a screening answer, as written in the rule data ({@code int}, {@code bool}, {@code enum}). */
public enum AnswerType {

	/** A whole number within the field's range; typed answers hold an {@link Integer}. */
	INT("int"),

	/** Yes or no; typed answers hold a {@link Boolean}. */
	BOOL("bool"),

	/** One of the field's choices; typed answers hold the choice as a {@link String}. */
	ENUM("enum");

	private final String json;

	AnswerType(String json) {
		this.json = json;
	}

	/** The name used in the rule data and the questionnaires. */
	public String json() {
		return json;
	}

	/** The type named {@code name} in the rule data, or null. */
	public static AnswerType fromJson(String name) {
		for (AnswerType type : values()) {
			if (type.json.equals(name)) {
				return type;
			}
		}
		return null;
	}

}
