/**
 * Accounts, roles, sign-in and sign-out, lockout, password rules and reset, API tokens, and the web
 * security configuration of the whole application. The public API is {@link org.fascia.identity.Accounts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.fascia.identity;
