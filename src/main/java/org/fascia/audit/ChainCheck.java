package org.fascia.audit;

/** The result of checking the audit chain: how many events were checked and the first broken link. */
public record ChainCheck(long eventsChecked, Long firstBrokenSeq, String problem) {

	public boolean intact() {
		return firstBrokenSeq == null;
	}

}
