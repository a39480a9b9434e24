/**
 * Care: consultation and recommendation, care plans, and the self-care library and programs of
 * {@code ../shared/domain/CARE.md}. Depends on screening (cautions win), clients, clinic, booking,
 * audit, messaging, identity and platform; nothing that care depends on depends on care.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Care")
package org.fascia.care;
