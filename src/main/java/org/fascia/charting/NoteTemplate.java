package org.fascia.charting;

/** The starter text of each SOAP section for a new note of a service. */
public record NoteTemplate(String subjective, String objective, String assessment, String plan) {

	public NoteTemplate {
		subjective = subjective == null ? "" : subjective;
		objective = objective == null ? "" : objective;
		assessment = assessment == null ? "" : assessment;
		plan = plan == null ? "" : plan;
	}

}
