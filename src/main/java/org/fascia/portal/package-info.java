/**
 * The client's portal: their appointments (cancel within policy, add to calendar) and details;
 * "Before your next visit" (intake, consent, the screening's status in one line, and the health question
 * for each visit in the next 14 days, answered at /portal/appointments/{id}/health-check). The client's
 * screening result itself is the screening module's page /portal/screening.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.fascia.portal;
