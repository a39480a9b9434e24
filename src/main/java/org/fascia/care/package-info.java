/**
 * Care: the consultation and its recommendation ("which massage will work best", a pure function over
 * pain duration, goal, preference, experience, sensitivity and the screening cautions, with the honest
 * evidence note of {@code ../shared/domain/CARE.md}), care plans and self-care programs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Care")
package org.fascia.care;
