package org.fascia.charting;

import java.util.List;

import org.fascia.platform.Texts;

/**
 * What a therapist writes in a session note, checked and typed (see {@link NoteForm}): Subjective
 * (client's report, today's pain 0–10 = the NPRS before treatment, whether their health changed),
 * Objective (findings as body regions, posture and range-of-motion notes), Assessment (text and the
 * response since last visit), Plan (next visit, self-care changes) and the plain summary the client
 * sees. Null pain, health answer or response mean "not recorded yet".
 */
public record NoteContent(String subjective, Integer painToday, Boolean healthChanged, List<BodyRegion> findingRegions,
		String objective, String assessment, ResponseSinceLast responseSinceLast, String planNext, String planSelfCare,
		String clientSummary) {

	public NoteContent {
		subjective = text(subjective);
		objective = text(objective);
		assessment = text(assessment);
		planNext = text(planNext);
		planSelfCare = text(planSelfCare);
		clientSummary = text(clientSummary);
		findingRegions = findingRegions == null ? List.of() : findingRegions.stream().distinct().sorted().toList();
	}

	/** An empty note with a template's starter text in each SOAP section. */
	static NoteContent starter(NoteTemplate template) {
		return new NoteContent(template.subjective(), null, null, List.of(), template.objective(), template.assessment(),
				null, template.plan(), "", "");
	}

	/** The same content with today's pain set (the client's own pre-visit NPRS for a new note). */
	NoteContent withPainToday(Integer pain) {
		return new NoteContent(subjective, pain, healthChanged, findingRegions, objective, assessment, responseSinceLast,
				planNext, planSelfCare, clientSummary);
	}

	public boolean hasFinding(BodyRegion region) {
		return findingRegions.contains(region);
	}

	/** The Plan as one text: the next visit, then the self-care changes (their headings in the words given). */
	public String planText(Texts words) {
		return section(NoteSection.PLAN, words);
	}

	/** The text of a section as written before any amendment. */
	public String section(NoteSection section, Texts words) {
		return switch (section) {
			case SUBJECTIVE -> subjective;
			case OBJECTIVE -> objective;
			case ASSESSMENT -> assessment;
			case PLAN -> (planNext.isEmpty() || planSelfCare.isEmpty()) ? planNext + planSelfCare
					: words.text("charting.note.plan.both", planNext, planSelfCare);
			case CLIENT_SUMMARY -> clientSummary;
		};
	}

	private static String text(String value) {
		return value == null ? "" : value.strip().replace("\r\n", "\n");
	}

}
