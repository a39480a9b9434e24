/**
 * Red-flag and contraindication screening: the rules of {@code ../shared/domain/SCREENING.md} as data
 * with their sources, a pure engine that evaluates them over intake answers, the stored screening
 * history of each client, clearance from a client's physician, and the treatment gate the booking
 * module asks before a treatment is booked or started.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package org.fascia.screening;
