package org.fascia.payments;

/**
 * How a visit was paid. Its words are the bundle's {@code payments.method.*} (the payment page and the receipt)
 * and {@code payments.payment.by.*} (inside a sentence).
 */
public enum PaymentMethod {

	CASH, CARD, TERMINAL

}
