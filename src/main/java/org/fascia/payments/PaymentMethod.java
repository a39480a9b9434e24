package org.fascia.payments;

/** How a visit was paid. */
public enum PaymentMethod {

	CASH("Cash"), CARD("Card"), TERMINAL("Card terminal");

	private final String label;

	PaymentMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
