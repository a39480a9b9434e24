/**
 * Intake: questionnaire definitions (versioned FHIR-shaped data files), the client's health-history
 * responses (each keeps the version it answered), the per-visit health-change check, and informed
 * consent with a signature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.fascia.intake;
