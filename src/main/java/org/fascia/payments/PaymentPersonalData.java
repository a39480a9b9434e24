package org.fascia.payments;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fascia.platform.ErasureReport;
import org.fascia.platform.PersonalData;
import org.fascia.platform.Words;
import org.springframework.stereotype.Component;

/** Payments and receipts: kept on erasure, as the clinic's accounts must be. */
@Component
class PaymentPersonalData implements PersonalData {

	private final Payments payments;

	private final Words words;

	PaymentPersonalData(Payments payments, Words words) {
		this.payments = payments;
		this.words = words;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public Map<String, Object> export(long clientId) {
		Map<String, Object> sections = new LinkedHashMap<>();
		sections.put("payments", payments.export(clientId));
		return sections;
	}

	@Override
	public void erase(long clientId, ErasureReport report) {
		report.keptFinancial(words.text("payments.erasure.kept"));
	}

}
