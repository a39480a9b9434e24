/**
 * Outcome measurement: validated instruments, scoring, change against the MCID, responder status and charts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes")
package org.fascia.outcomes;
