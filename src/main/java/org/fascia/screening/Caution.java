package org.fascia.screening;

/**
 * A limit on treatment, e.g. {@code NO_DEEP_PRESSURE}, with its plain-language text (never
 * frightening, never a diagnosis).
 */
public record Caution(String code, String text) {
}
