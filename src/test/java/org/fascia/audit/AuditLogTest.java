package org.fascia.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fascia.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The chain on a real database: strictly ordered under concurrency, and any edit is found. */
@DatabaseTest
@SpringBootTest(properties = "fascia.test.context=audit")
class AuditLogTest {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentAppendsFormOneUnbrokenChain() throws Exception {
		long before = audit.count();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<Void>> writers = new ArrayList<>();
		for (int t = 0; t < 8; t++) {
			int thread = t;
			writers.add(() -> {
				for (int i = 0; i < 25; i++) {
					audit.recordAs("writer" + thread + "@test.fascia.dev", "THERAPIST", "CLIENT_READ", "client",
							thread * 100 + i, AuditOutcome.SUCCESS, null);
				}
				return null;
			});
		}
		for (Future<Void> done : pool.invokeAll(writers)) {
			done.get();
		}
		pool.shutdown();
		assertThat(audit.count()).isEqualTo(before + 200);
		long max = jdbc.sql("select max(seq) from audit_event").query(Long.class).single();
		assertThat(max).isEqualTo(audit.count());
		ChainCheck check = audit.verify();
		assertThat(check.intact()).as(String.valueOf(check.problem())).isTrue();
		assertThat(check.eventsChecked()).isEqualTo(max);
	}

	@Test
	void anEditedEventIsReportedAsTheFirstBrokenLink() {
		audit.recordAs("a@test.fascia.dev", "OWNER", "CLIENT_READ", "client", 1, AuditOutcome.SUCCESS, "first");
		audit.recordAs("b@test.fascia.dev", "OWNER", "CLIENT_UPDATED", "client", 1, AuditOutcome.SUCCESS, "second");
		audit.recordAs("c@test.fascia.dev", "OWNER", "CLIENT_READ", "client", 1, AuditOutcome.SUCCESS, "third");
		long second = jdbc.sql("select seq from audit_event where detail = 'second'").query(Long.class).single();
		String original = "b@test.fascia.dev";
		jdbc.sql("update audit_event set actor = 'mallory@test.fascia.dev' where seq = :seq").param("seq", second).update();
		try {
			ChainCheck check = audit.verify();
			assertThat(check.intact()).isFalse();
			assertThat(check.firstBrokenSeq()).isEqualTo(second);
			assertThat(check.problem()).contains("changed");
		}
		finally {
			jdbc.sql("update audit_event set actor = :actor where seq = :seq").param("actor", original)
				.param("seq", second).update();
		}
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void aDeletedEventIsFoundInTheMiddleAndAtTheEnd() {
		audit.recordAs("d@test.fascia.dev", "OWNER", "CLIENT_READ", "client", 2, AuditOutcome.SUCCESS, "middle");
		audit.recordAs("e@test.fascia.dev", "OWNER", "CLIENT_READ", "client", 2, AuditOutcome.SUCCESS, "last");
		var middle = jdbc.sql("select * from audit_event where detail = 'middle'").query().singleRow();
		long middleSeq = ((Number) middle.get("seq")).longValue();
		jdbc.sql("delete from audit_event where seq = :seq").param("seq", middleSeq).update();
		ChainCheck gap = audit.verify();
		assertThat(gap.firstBrokenSeq()).isEqualTo(middleSeq);
		assertThat(gap.problem()).contains("missing");

		long last = jdbc.sql("select max(seq) from audit_event").query(Long.class).single();
		var lastRow = jdbc.sql("select * from audit_event where seq = :seq").param("seq", last).query().singleRow();
		jdbc.sql("delete from audit_event where seq = :seq").param("seq", last).update();
		restore(middle);
		ChainCheck truncated = audit.verify();
		assertThat(truncated.firstBrokenSeq()).isEqualTo(last);
		assertThat(truncated.problem()).contains("removed");
		restore(lastRow);
		assertThat(audit.verify().intact()).isTrue();
	}

	private void restore(java.util.Map<String, Object> row) {
		var insert = jdbc.sql("""
				insert into audit_event (seq, occurred_at, actor, actor_role, action, subject_type, subject_id,
				                         outcome, client_ip, detail, prev_hash, hash)
				values (:seq, :occurred_at, :actor, :actor_role, :action, :subject_type, :subject_id,
				        :outcome, :client_ip, :detail, :prev_hash, :hash)
				""");
		for (var column : row.entrySet()) {
			insert = insert.param(column.getKey().toLowerCase(), column.getValue());
		}
		insert.update();
	}

}
