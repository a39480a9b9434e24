/**
 * The client's portal: their appointments (cancel within policy, add to calendar) and details;
 * forms, progress and self-care join as their modules arrive.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.fascia.portal;
