package org.fascia.clinic;

/** The setup page's fields. */
record SetupForm(String clinicName, String timeZone, String ownerName, String email, String password,
		String confirm) {

	static SetupForm empty() {
		return new SetupForm("", "", "", "", "", "");
	}

}
