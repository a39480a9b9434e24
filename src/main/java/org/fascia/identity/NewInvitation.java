package org.fascia.identity;

/**
 * A request to create an account whose owner chooses the password from an emailed link. The
 * clinic's name goes into the welcome text.
 */
public record NewInvitation(String email, String displayName, Role role, String clinicName) {
}
