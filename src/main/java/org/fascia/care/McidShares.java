package org.fascia.care;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;

import org.fascia.outcomes.Change;
import org.fascia.outcomes.ChangeStatus;
import org.fascia.outcomes.Instrument;
import org.fascia.platform.Pure;
import org.fascia.platform.Texts;

/**
 * The clinic's outcome dashboard (OUTCOMES.md: "the share of back-pain clients who reached the MCID by visit 4, 6
 * and 10"), as a pure function over one {@link Client} per back-pain client. The rule, exactly:
 * <ul>
 * <li>A back-pain client is a client with a care plan (every plan in Fascia is for back pain); each counts once,
 * with the therapist and approach of their latest plan.</li>
 * <li>Their baseline is their NPRS score of the BASELINE round, else their first NPRS score. NPRS is the primary
 * measure; PEG and PSFS are not counted here.</li>
 * <li>Visit k is the k-th NPRS score of a VISIT round after the baseline, in time order.</li>
 * <li>"Reached the MCID by visit k": at least one of visits 1..k is IMPROVED against the baseline by
 * {@link Change#status(Instrument, BigDecimal, BigDecimal)} for NPRS (a fall of &ge; 2 points or &ge; 30% of the
 * baseline; Ostelo 2008; Childs 2005).</li>
 * <li>The denominator for k is the clients with at least k visit scores; a client with fewer is not counted for k
 * (neither as reached nor as not). With no such client the share is "—".</li>
 * <li>A client without any NPRS score has no baseline: they are left out of every share and counted apart, so the
 * owner sees why a client is missing.</li>
 * <li>A share is shown as a whole percentage, rounded half up (5 of 8 = 62.5% shows 63%).</li>
 * </ul>
 */
@Pure
public final class McidShares {

	/** The visits the dashboard reports on. */
	public static final List<Integer> VISITS = List.of(4, 6, 10);

	private McidShares() {
	}

	/**
	 * One back-pain client: the therapist of their plan (id and name; both null when the plan is not booked yet),
	 * the plan's approach, the NPRS baseline (null when the client has no NPRS score) and the visit NPRS scores after
	 * it, oldest first.
	 */
	public record Client(Long therapistId, String therapist, Approach approach, BigDecimal baseline,
			List<BigDecimal> visits) {

		public Client {
			Objects.requireNonNull(approach, "approach");
			visits = List.copyOf(visits);
		}

	}

	/** One share: of {@code clients} who had visit {@code visit}, {@code reached} reached the MCID by it. */
	public record Share(int visit, int reached, int clients) {

		/** The share as a whole percentage, rounded half up; null when no client has had this visit yet. */
		public Integer percent() {
			return clients == 0 ? null : (reached * 200 + clients) / (2 * clients);
		}

		/** "5 of 8 (63%)", or "—" when no client has had this visit yet, in the words given. */
		public String text(Texts words) {
			return clients == 0 ? words.text("care.shares.none")
					: words.text("care.shares.cell", String.valueOf(reached), String.valueOf(clients),
							String.valueOf(percent()));
		}

		/** Why a share is "—": "no client has reached visit 10 yet" (null when there is a share). */
		public String emptyReason(Texts words) {
			return clients == 0 ? words.text("care.shares.noVisitYet", String.valueOf(visit)) : null;
		}

	}

	/**
	 * One row: a group (everyone, a therapist or an approach), its back-pain clients, how many of them have no
	 * baseline (left out of the shares), and a share for each of {@link #VISITS}.
	 */
	public record Row(String label, int clients, int noBaseline, List<Share> shares) {

		public Row {
			shares = List.copyOf(shares);
		}

		/** The share by visit {@code visit} (one of {@link #VISITS}). */
		public Share by(int visit) {
			return shares.stream().filter(s -> s.visit() == visit).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("not a reported visit: " + visit));
		}

		/** The same numbers under another label. */
		public Row withLabel(String other) {
			return new Row(other, clients, noBaseline, shares);
		}

	}

	/** Everyone, then one row per therapist (by name, ignoring case; not booked last) and per approach (in {@link Approach} order). */
	public record Report(Row overall, List<Row> byTherapist, List<Row> byApproach) {

		public Report {
			byTherapist = List.copyOf(byTherapist);
			byApproach = List.copyOf(byApproach);
		}

	}

	/**
	 * The report over every back-pain client, its row labels in the words given. Therapists are told apart by id:
	 * two who share a name get their id after it ("Sam Lee (therapist 7)").
	 */
	public static Report of(List<Client> clients, Texts words) {
		Map<Long, List<Client>> byTherapist = new LinkedHashMap<>();
		List<Client> unbooked = new ArrayList<>();
		Map<Approach, List<Client>> byApproach = new LinkedHashMap<>();
		for (Approach approach : Approach.values()) {
			byApproach.put(approach, new ArrayList<>());
		}
		for (Client c : clients) {
			if (c.therapistId() == null) {
				unbooked.add(c);
			}
			else {
				byTherapist.computeIfAbsent(c.therapistId(), k -> new ArrayList<>()).add(c);
			}
			byApproach.get(c.approach()).add(c);
		}
		Map<String, Long> names = new HashMap<>();
		byTherapist.values().forEach(g -> names.merge(name(g.get(0), words).toLowerCase(Locale.ROOT), 1L, Long::sum));
		List<Row> therapists = new ArrayList<>(byTherapist.entrySet().stream()
			.sorted(Comparator.comparing((Map.Entry<Long, List<Client>> e) -> name(e.getValue().get(0), words),
					String.CASE_INSENSITIVE_ORDER).thenComparing(Map.Entry::getKey))
			.map(e -> {
				String name = name(e.getValue().get(0), words);
				boolean shared = names.get(name.toLowerCase(Locale.ROOT)) > 1;
				return row(shared ? words.text("care.shares.therapistWithId", name, String.valueOf(e.getKey())) : name,
						e.getValue());
			})
			.toList());
		if (!unbooked.isEmpty()) {
			therapists.add(row(words.text("care.shares.notBooked"), unbooked));
		}
		List<Row> approaches = new ArrayList<>();
		byApproach.forEach((approach, group) -> {
			if (!group.isEmpty()) {
				approaches.add(row(approach.label(), group));
			}
		});
		return new Report(row(words.text("care.shares.everyone"), clients), therapists, approaches);
	}

	private static String name(Client c, Texts words) {
		return c.therapist() == null || c.therapist().isBlank()
				? words.text("care.shares.therapistId", String.valueOf(c.therapistId())) : c.therapist();
	}

	/** Whether a visit among the first {@code k} is IMPROVED against the baseline by the NPRS MCID. */
	static boolean reachedBy(BigDecimal baseline, List<BigDecimal> visits, int k) {
		return visits.stream().limit(k)
			.anyMatch(v -> Change.status(Instrument.NPRS, baseline, v).status() == ChangeStatus.IMPROVED);
	}

	private static Row row(String label, List<Client> group) {
		int noBaseline = (int) group.stream().filter(c -> c.baseline() == null).count();
		List<Share> shares = new ArrayList<>();
		for (int k : VISITS) {
			int clients = 0;
			int reached = 0;
			for (Client c : group) {
				if (c.baseline() != null && c.visits().size() >= k) {
					clients++;
					if (reachedBy(c.baseline(), c.visits(), k)) {
						reached++;
					}
				}
			}
			shares.add(new Share(k, reached, clients));
		}
		return new Row(label, group.size(), noBaseline, shares);
	}

}
