package org.fascia.audit;

public enum AuditOutcome {

	SUCCESS, FAILURE, DENIED

}
