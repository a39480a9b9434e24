/**
 * Availability (a pure function), appointments, series, waitlist, cancellation policy, calendars and
 * iCalendar feeds.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Booking")
package org.fascia.booking;
