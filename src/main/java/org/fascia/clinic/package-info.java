/**
 * The clinic: its name and time zone, first start (the setup page, the unattended owner), and the
 * catalogue of locations, rooms, therapists with working hours, and services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clinic")
package org.fascia.clinic;
