/**
 * Outcomes: validated instruments (FHIR Questionnaire-shaped definitions, three built in with their text, three
 * scored by item code whose licensed text a clinic imports), their exact scoring ({@link org.fascia.outcomes.Scoring},
 * pure), the change against baseline by each instrument's MCID and the plan-level responder status
 * ({@link org.fascia.outcomes.Change}, pure), and the charts of a measure over time
 * ({@link org.fascia.outcomes.OutcomeChart}, pure, accessible inline SVG). The clinical reference is
 * {@code ../shared/domain/OUTCOMES.md}. The FHIR R4 export ({@link org.fascia.outcomes.OutcomeFhir}, pure) reads who
 * treats a client from booking and whether the client exists from clients. It tells the screening's treatment
 * readiness when a measure is worse than baseline by its MCID ({@link org.fascia.screening.ReScreenSignals}). Missed
 * questionnaires reach the staff inbox through {@link org.fascia.inbox.InboxSource} (branch staff-inbox).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes", allowedDependencies = { "platform", "identity", "audit", "messaging", "clinic", "intake", "booking", "clients", "screening", "inbox" })
package org.fascia.outcomes;
