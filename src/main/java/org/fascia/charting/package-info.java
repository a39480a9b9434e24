/**
 * Session charting: SOAP session notes per appointment, the coded body regions of
 * {@code ../shared/domain/CARE.md} and the body map, the treatment and comfort log checked against
 * the client's screening cautions, signing and amendments.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Charting")
package org.fascia.charting;
