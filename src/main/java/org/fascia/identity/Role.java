package org.fascia.identity;

public enum Role {

	OWNER, THERAPIST, FRONT_DESK, CLIENT;

	public boolean isStaff() {
		return this != CLIENT;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
