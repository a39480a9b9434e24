package org.fascia.identity;

/** What other modules may know of an account. */
public record Account(long id, String email, String displayName, Role role) {
}
