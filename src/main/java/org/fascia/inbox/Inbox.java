package org.fascia.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.identity.Account;
import org.fascia.identity.Accounts;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff inbox: the items of every {@link InboxSource} the viewer may see, with what is done, newest first.
 * "Done" is recorded once per item (kind + source id) with who and when, and only by someone who sees the item, so a
 * therapist cannot close another therapist's item by guessing its id.
 */
@Service
public class Inbox {

	/** Which items to list. */
	public enum Status {

		OPEN, DONE, ALL

	}

	/** A kind of item, for the filter. */
	public record Kind(String key, String label) {
	}

	/** Who marked an item done, and when. */
	public record Done(String by, Instant at) {
	}

	/** An item as the list shows it. */
	public record Entry(InboxItem item, String kindLabel, Done done) {

		public boolean isDone() {
			return done != null;
		}

	}

	private final List<InboxSource> sources;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	Inbox(List<InboxSource> sources, JdbcClient jdbc, Accounts accounts, AuditLog audit, Clock clock, Words words) {
		this.sources = sources.stream().sorted(Comparator.comparing(InboxSource::kind)).toList();
		this.words = words;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** The kinds of item the viewer can have, by label (in the request's language). */
	public List<Kind> kinds(InboxViewer viewer) {
		return sources.stream().filter(s -> s.shownTo(viewer)).map(s -> new Kind(s.kind(), s.label()))
			.sorted(Comparator.comparing(Kind::label).thenComparing(Kind::key)).toList();
	}

	/**
	 * The viewer's items of one kind (or all when {@code kind} is null), open, done or both, newest first; audited.
	 * @throws ApiProblem 400 for an unknown kind
	 */
	@Transactional(readOnly = true)
	public List<Entry> list(InboxViewer viewer, String kind, Status status) {
		List<InboxSource> chosen = (kind == null ? sources : List.of(source(kind))).stream()
			.filter(s -> s.shownTo(viewer)).toList();
		List<Entry> entries = new ArrayList<>();
		Map<Long, String> names = new HashMap<>();
		for (InboxSource source : chosen) {
			List<InboxItem> items = source.items(viewer);
			Map<String, Done> done = done(source.kind(), items.stream().map(InboxItem::sourceId).toList(), names);
			for (InboxItem item : items) {
				Done mark = done.get(item.sourceId());
				if (status == Status.ALL || (status == Status.DONE) == (mark != null)) {
					entries.add(new Entry(item, source.label(), mark));
				}
			}
		}
		entries.sort(Comparator.comparing((Entry e) -> e.item().at()).reversed()
			.thenComparing(e -> e.item().kind()).thenComparing(e -> e.item().sourceId()));
		audit.record("INBOX_READ", "user", viewer.userId(), AuditOutcome.SUCCESS,
				entries.size() + " item(s), kind " + (kind == null ? "all" : kind) + ", " + status);
		return entries;
	}

	/**
	 * Marks an item the viewer sees as done (again is harmless: the first mark stays); audited.
	 * @return the item as the list now shows it
	 * @throws ApiProblem 400 for an unknown kind, 403 when the viewer does not see this item
	 */
	// No surrounding transaction: a lost race on the insert fails that one statement (PostgreSQL would otherwise
	// abort the whole transaction), and the other mark stays.
	public Entry markDone(InboxViewer viewer, String kind, String sourceId) {
		InboxSource source = source(kind);
		Optional<InboxItem> item = (source.shownTo(viewer) ? source.items(viewer) : List.<InboxItem>of()).stream().filter(i -> i.sourceId().equals(sourceId)).findFirst();
		if (item.isEmpty()) {
			audit.record("INBOX_ITEM_DONE", "inbox_" + kind, sourceId, AuditOutcome.DENIED, "not in the viewer's inbox");
			throw ApiProblem.forbidden(words.text("inbox.problem.notYours"));
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		boolean already = jdbc.sql("select count(*) from inbox_done where kind = :k and source_id = :id")
			.param("k", kind).param("id", sourceId).query(Integer.class).single() > 0;
		if (!already) {
			try {
				jdbc.sql("insert into inbox_done (kind, source_id, done_by, done_at) values (:k, :id, :by, :now)")
					.param("k", kind)
					.param("id", sourceId)
					.param("by", viewer.userId())
					.param("now", Db.utc(now))
					.update();
			}
			catch (DuplicateKeyException raced) {
				// someone else marked it a moment ago: their mark stays
			}
			audit.record("INBOX_ITEM_DONE", "inbox_" + kind, sourceId, AuditOutcome.SUCCESS, item.get().title());
		}
		Done done = done(kind, List.of(sourceId), new HashMap<>()).get(sourceId);
		return new Entry(item.get(), source.label(), done);
	}

	/** Whether an item is done, and by whom; for the pages of one item (an enquiry). */
	@Transactional(readOnly = true)
	public Optional<Done> doneMark(String kind, String sourceId) {
		return Optional.ofNullable(done(kind, List.of(sourceId), new HashMap<>()).get(sourceId));
	}

	private Map<String, Done> done(String kind, List<String> ids, Map<Long, String> names) {
		Map<String, Done> marks = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return marks;
		}
		for (int from = 0; from < ids.size(); from += 500) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
			jdbc.sql("select source_id, done_by, done_at from inbox_done where kind = :k and source_id in (:ids)")
				.param("k", kind)
				.param("ids", chunk)
				.query((rs, i) -> {
					long by = rs.getLong("done_by");
					String name = names.computeIfAbsent(by,
							id -> accounts.find(id).map(Account::displayName).orElseGet(() -> words.text("inbox.someone")));
					marks.put(rs.getString("source_id"), new Done(name, Db.instant(rs, "done_at")));
					return null;
				})
				.list();
		}
		return marks;
	}

	private InboxSource source(String kind) {
		return sources.stream().filter(s -> s.kind().equals(kind)).findFirst()
			.orElseThrow(() -> ApiProblem.badRequest("kind", words.text("inbox.problem.unknownKind", kind)));
	}

}
