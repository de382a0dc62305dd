package io.suretyhub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import io.suretyhub.shared.AuditEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@AuditIntegrationTest
class ConcurrentAppendTests {

	static final int THREADS = 8;

	static final int APPENDS = 25;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditDatabase database;

	@Test
	@DisplayName("8 writers × 25 appends, each in its own transaction, leave one gapless chain that verifies")
	void concurrentWritersNeverForkTheChain() throws Exception {
		database.reset();
		var start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<Void>> writers = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				writers.add(pool.submit(writer(t, start)));
			}
			start.countDown();
			for (Future<Void> writer : writers) {
				writer.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}

		List<AuditRecord> records = database.all();
		assertThat(records).extracting(AuditRecord::sequence)
			.containsExactlyElementsOf(LongStream.rangeClosed(1, THREADS * APPENDS).boxed().toList());
		for (int i = 1; i < records.size(); i++) {
			assertThat(records.get(i).previousHash()).isEqualTo(records.get(i - 1).hash());
		}
		ChainVerification verification = trail.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.recordsChecked()).isEqualTo(THREADS * APPENDS);
	}

	private Callable<Void> writer(int thread, CountDownLatch start) {
		var template = new TransactionTemplate(transactions);
		return () -> {
			start.await();
			for (int i = 0; i < APPENDS; i++) {
				String id = thread + "-" + i;
				template.executeWithoutResult(
						status -> events.publishEvent(AuditEvent.success("load.test", "thread", id, null)));
			}
			return null;
		};
	}

}
