package org.fascia.identity;

/** A request to create an account; the password is checked against {@link PasswordPolicy}. */
public record NewAccount(String email, String displayName, String password, Role role) {
}
