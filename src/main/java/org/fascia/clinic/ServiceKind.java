package org.fascia.clinic;

/** A treatment needs a screening that allows it; a consultation does not. */
public enum ServiceKind {

	TREATMENT, CONSULTATION

}
