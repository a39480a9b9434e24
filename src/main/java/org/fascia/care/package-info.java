/**
 * Care: which massage approach to recommend (a pure function, with the honest evidence note), the public
 * self-check "Which massage is right for my back?", and self-care programs (a clinic-extendable library,
 * assignments refused when they conflict with a screening caution, daily ticks, adherence and a weekly
 * reminder). Care plans join in a later step.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Care")
package org.fascia.care;
