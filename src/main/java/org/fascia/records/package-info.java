/**
 * The client record as staff see it: contact details and the history gathered by the other modules
 * (appointments with late cancellations and no-shows now; screening, plans and outcomes as they arrive).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Records")
package org.fascia.records;
