/**
 * Care: which massage approach to recommend (a pure function, with the honest evidence note), the public
 * self-check "Which massage is right for my back?", and self-care programs (a clinic-extendable library,
 * assignments refused when they conflict with a screening caution, daily ticks, adherence and a weekly
 * reminder), consultations with the therapist (stored with the cautions they used), and care plans: measurable
 * goals, an approach the cautions allow, booking as one recurring series, progress and the next step
 * ({@link org.fascia.care.PlanAdvice}, pure). Session pain scores come in through
 * {@link org.fascia.care.SessionPainReadings}, which charting implements (care never imports charting).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Care")
package org.fascia.care;
