package org.fascia.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an erasure did, collected from every module while it runs: each kind of record deleted, and each kept
 * with the reason and the date until which it is kept. The dates are the erasure's: clinical records until
 * {@link #clinicalUntil()} (the retention after the client's last visit), financial records until
 * {@link #financialUntil()}. The reasons for keeping them are the erasure's words too (from the bundle), so that
 * modules only name what they keep.
 */
public final class ErasureReport {

	/** A kind of record that stays, why, and until when. */
	public record Kept(String what, String why, LocalDate until) {
	}

	private final LocalDate clinicalUntil;

	private final LocalDate financialUntil;

	private final String clinicalWhy;

	private final String financialWhy;

	private final List<String> deleted = new ArrayList<>();

	private final List<Kept> kept = new ArrayList<>();

	/**
	 * @param clinicalWhy why clinical records are kept, as a sentence start ("A health record the clinic must keep
	 * by law")
	 * @param financialWhy why financial records are kept, likewise
	 */
	public ErasureReport(LocalDate clinicalUntil, LocalDate financialUntil, String clinicalWhy, String financialWhy) {
		this.clinicalUntil = clinicalUntil;
		this.financialUntil = financialUntil;
		this.clinicalWhy = clinicalWhy;
		this.financialWhy = financialWhy;
	}

	public LocalDate clinicalUntil() {
		return clinicalUntil;
	}

	public LocalDate financialUntil() {
		return financialUntil;
	}

	/** Records that a kind of record was deleted (or anonymised: say which in the words). */
	public void deleted(String what) {
		deleted.add(what);
	}

	/** A clinical record the clinic must keep by law until {@link #clinicalUntil()}. */
	public void keptClinical(String what) {
		kept.add(new Kept(what, clinicalWhy, clinicalUntil));
	}

	/** A record the clinic keeps for tax and accounting until {@link #financialUntil()}. */
	public void keptFinancial(String what) {
		kept.add(new Kept(what, financialWhy, financialUntil));
	}

	public void kept(String what, String why, LocalDate until) {
		kept.add(new Kept(what, why, until));
	}

	public List<String> deleted() {
		return List.copyOf(deleted);
	}

	public List<Kept> kept() {
		return List.copyOf(kept);
	}

}
