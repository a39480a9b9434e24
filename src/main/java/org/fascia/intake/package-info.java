/**
 * Intake: questionnaire definitions (versioned FHIR-shaped data files under
 * {@code questionnaires/}, read by {@link org.fascia.intake.Questionnaires}), the client's
 * health-history responses (each keeps and is read with the version it answered), and the per-visit
 * health-change check, through {@link org.fascia.intake.IntakeResponses}. Screening items use the
 * SCREENING.md answer codes as linkIds. Every submit publishes {@link org.fascia.intake.IntakeSubmitted}
 * inside its transaction. Pages: the wizard at /portal/intake (the client) and /clients/{id}/intake
 * (staff entering a paper form); the fragment {@code intake/health-change :: form} for the visit check.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.fascia.intake;
