package io.suretyhub.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;

import io.suretyhub.audit.AuditDatabase;
import io.suretyhub.audit.AuditIntegrationTest;
import io.suretyhub.audit.AuditRecord;
import io.suretyhub.audit.AuditTrail;
import io.suretyhub.audit.ChainVerification;
import io.suretyhub.audit.ChainVerification.Problem;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.AuditEvent.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** Tampering as the database superuser, with the append-only triggers switched off, is found and named. */
@AuditIntegrationTest
class TamperDetectionTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditDatabase database;

	@BeforeEach
	void fiveRecords() {
		database.reset();
		for (int i = 1; i <= 5; i++) {
			trail.append(new AuditEvent("payout.record", "payout", "P" + i, Outcome.SUCCESS, "paid 1000.00 to 3 workers",
					"insurer.staff"));
		}
		assertThat(trail.verify()).extracting(ChainVerification::intact, ChainVerification::recordsChecked)
			.containsExactly(true, 5L);
	}

	@Test
	@DisplayName("Changing one row's detail with SQL names exactly that record as altered")
	void alteredDetailIsNamed() {
		database.tamper("update audit_record set detail = 'paid 10.00 to 3 workers' where sequence_no = 3");

		assertBroken(3, Problem.ALTERED);
	}

	@Test
	@DisplayName("Changing a row and recomputing its hash still names that record: its successor holds the old hash")
	void alteredRowWithRecomputedHashIsNamed() {
		AuditRecord original = database.find(2);
		var forged = new AuditRecord(2, original.occurredAt(), "someone.else", original.sourceAddress(),
				original.action(), original.objectType(), original.objectId(), original.outcome(), original.detail(),
				original.previousHash(), null);
		database.tamper("update audit_record set actor = 'someone.else', hash = '" + ChainHasher.hash(forged)
				+ "' where sequence_no = 2");

		assertBroken(2, Problem.ALTERED);
	}

	@Test
	@DisplayName("Deleting a row names the gap it leaves")
	void removedRowIsNamed() {
		database.tamper("delete from audit_record where sequence_no = 4");

		assertBroken(4, Problem.REMOVED);
	}

	@Test
	@DisplayName("Deleting the last row is noticed through the chain's head")
	void removedLastRowIsNamed() {
		database.tamper("delete from audit_record where sequence_no = 5");

		assertBroken(5, Problem.REMOVED);
	}

	@Test
	@DisplayName("A forged row put in place of a deleted one, linking to neither neighbour, is named inserted")
	void forgedRowInAGapIsNamed() {
		database.tamper("delete from audit_record where sequence_no = 3", insert(forgedRecord(3, "e".repeat(64))));

		assertBroken(3, Problem.INSERTED);
	}

	@Test
	@DisplayName("A forged row appended after the last one, even correctly hashed and linked, is named inserted")
	void forgedRowAfterTheHeadIsNamed() {
		database.tamper(insert(forgedRecord(6, database.find(5).hash())));

		assertBroken(6, Problem.INSERTED);
	}

	@Test
	@DisplayName("Appending again after a verification keeps the chain intact")
	void appendsContinueTheChain() {
		trail.append(AuditEvent.success("policy.issue", "policy", "P-9", null));

		assertThat(trail.verify()).extracting(ChainVerification::intact, ChainVerification::recordsChecked)
			.containsExactly(true, 6L);
	}

	private void assertBroken(long sequence, Problem problem) {
		ChainVerification result = trail.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSequence()).isEqualTo(sequence);
		assertThat(result.problem()).isEqualTo(problem);
		assertThat(result.recordsChecked()).isEqualTo(sequence - 1);
	}

	private AuditRecord forgedRecord(long sequence, String previousHash) {
		AuditRecord template = database.find(1);
		return ChainWalkTests.rehash(new AuditRecord(sequence, template.occurredAt(), "insurer.staff",
				template.sourceAddress(), "payout.record", "payout", "P-forged", Outcome.SUCCESS,
				"paid 900000.00 to 3 workers", previousHash, null));
	}

	private static String insert(AuditRecord r) {
		return "insert into audit_record (sequence_no, occurred_at, actor, action, object_type, object_id, outcome, "
				+ "detail, previous_hash, hash) values (" + r.sequence() + ", '"
				+ DateTimeFormatter.ISO_INSTANT.format(r.occurredAt()) + "', '" + r.actor() + "', '" + r.action()
				+ "', '" + r.objectType() + "', '" + r.objectId() + "', '" + r.outcome() + "', '" + r.detail() + "', '"
				+ r.previousHash() + "', '" + r.hash() + "')";
	}

}
