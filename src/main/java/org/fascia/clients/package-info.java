/**
 * Client records (a client may or may not have an account) and the client's portal start page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clients")
package org.fascia.clients;
