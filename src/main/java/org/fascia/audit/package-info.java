/**
 * Append-only, tamper-evident log of who saw or changed what: sign-ins, lockouts and every read or
 * change of a client's record. Other modules call {@link org.fascia.audit.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.fascia.audit;
