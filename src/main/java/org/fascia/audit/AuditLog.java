package org.fascia.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;

import org.fascia.platform.Db;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit module's API. Each event is appended in its own short transaction on the audit pool,
 * under a lock on the chain's head row, so the chain is strictly ordered across threads and
 * application nodes, and an attempt is logged even when the caller's own transaction rolls back.
 */
@Service
public class AuditLog {

	private static final RowMapper<AuditEvent> EVENT = (rs, i) -> new AuditEvent(rs.getLong("seq"),
			Db.instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("actor_role"), rs.getString("action"),
			rs.getString("subject_type"), rs.getString("subject_id"), AuditOutcome.valueOf(rs.getString("outcome")),
			rs.getString("client_ip"), rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final HikariDataSource pool;

	/**
	 * The audit log has a small connection pool of its own: an event is appended while the caller may
	 * hold a connection and row locks of its own transaction, and a shared pool could then run dry
	 * with every connection waiting for another.
	 */
	AuditLog(DataSourceProperties dataSource, Clock clock, @Value("${fascia.audit.pool-size:4}") int poolSize) {
		this.pool = dataSource.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		this.pool.setPoolName("audit");
		this.pool.setMaximumPoolSize(poolSize);
		this.pool.setMinimumIdle(1);
		this.jdbc = JdbcClient.create(pool);
		this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@PreDestroy
	void close() {
		pool.close();
	}

	/** Records an action of the signed-in user (or "anonymous") from the current request. */
	public void record(String action, String subjectType, Object subjectId, AuditOutcome outcome, String detail) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String actor = auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName()) ? null
				: auth.getName();
		String role = actor == null ? null : roleOf(auth);
		recordAs(actor, role, action, subjectType, subjectId, outcome, detail);
	}

	/** Records an action on behalf of a named actor, e.g. a failed sign-in before anyone is signed in. */
	public void recordAs(String actor, String actorRole, String action, String subjectType, Object subjectId,
			AuditOutcome outcome, String detail) {
		String ip = currentClientIp();
		String subject = subjectId == null ? null : subjectId.toString();
		String shortDetail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
		ownTransaction.executeWithoutResult(tx -> append(actor, actorRole, action, subjectType, subject, outcome, ip,
				shortDetail));
	}

	private void append(String actor, String role, String action, String subjectType, String subjectId,
			AuditOutcome outcome, String ip, String detail) {
		Head head = jdbc.sql("select last_seq, last_hash from audit_head where id = 1 for update")
			.query((rs, i) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		long seq = head.lastSeq() + 1;
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String hash = AuditChain.hash(head.lastHash(), seq, at, actor, role, action, subjectType, subjectId, outcome,
				ip, detail);
		jdbc.sql("""
				insert into audit_event (seq, occurred_at, actor, actor_role, action, subject_type, subject_id,
				                         outcome, client_ip, detail, prev_hash, hash)
				values (:seq, :at, :actor, :role, :action, :subjectType, :subjectId, :outcome, :ip, :detail, :prev, :hash)
				""")
			.param("seq", seq)
			.param("at", Db.utc(at))
			.param("actor", actor)
			.param("role", role)
			.param("action", action)
			.param("subjectType", subjectType)
			.param("subjectId", subjectId)
			.param("outcome", outcome.name())
			.param("ip", ip)
			.param("detail", detail)
			.param("prev", head.lastHash())
			.param("hash", hash)
			.update();
		jdbc.sql("update audit_head set last_seq = :seq, last_hash = :hash where id = 1")
			.param("seq", seq)
			.param("hash", hash)
			.update();
	}

	/** Newest first. */
	public List<AuditEvent> page(int page, int size) {
		return jdbc.sql("select * from audit_event order by seq desc limit :size offset :offset")
			.param("size", size)
			.param("offset", (long) page * size)
			.query(EVENT)
			.list();
	}

	public long count() {
		return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
	}

	public List<AuditEvent> forSubject(String subjectType, String subjectId) {
		return jdbc.sql("select * from audit_event where subject_type = :type and subject_id = :id order by seq")
			.param("type", subjectType)
			.param("id", subjectId)
			.query(EVENT)
			.list();
	}

	/** Walks the whole chain in order and reports the first broken link, if any. */
	public ChainCheck verify() {
		long expectedSeq = 1;
		String expectedPrev = AuditChain.GENESIS;
		int batch = 1000;
		while (true) {
			List<AuditEvent> events = jdbc.sql("select * from audit_event where seq >= :from order by seq limit :n")
				.param("from", expectedSeq)
				.param("n", batch)
				.query(EVENT)
				.list();
			for (AuditEvent event : events) {
				Optional<String> problem = AuditChain.problemWith(event, expectedSeq, expectedPrev);
				if (problem.isPresent()) {
					return new ChainCheck(expectedSeq - 1, expectedSeq, problem.get());
				}
				expectedPrev = event.hash();
				expectedSeq++;
			}
			if (events.size() < batch) {
				break;
			}
		}
		Head head = jdbc.sql("select last_seq, last_hash from audit_head where id = 1")
			.query((rs, i) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		if (head.lastSeq() != expectedSeq - 1 || !head.lastHash().equals(expectedPrev)) {
			return new ChainCheck(expectedSeq - 1, expectedSeq,
					"events after " + (expectedSeq - 1) + " were removed (the chain's head is at " + head.lastSeq() + ")");
		}
		return new ChainCheck(expectedSeq - 1, null, null);
	}

	private static String roleOf(Authentication auth) {
		return auth.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a != null && a.startsWith("ROLE_"))
			.map(a -> a.substring(5))
			.findFirst()
			.orElse(null);
	}

	private static String currentClientIp() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private record Head(long lastSeq, String lastHash) {
	}

}
