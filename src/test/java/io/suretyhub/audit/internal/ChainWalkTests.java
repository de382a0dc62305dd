package io.suretyhub.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.audit.AuditRecord;
import io.suretyhub.audit.ChainVerification;
import io.suretyhub.audit.ChainVerification.Problem;
import io.suretyhub.shared.AuditEvent.Outcome;
import org.junit.jupiter.api.Test;

class ChainWalkTests {

	static final Instant T = Instant.parse("2026-11-23T01:00:00Z");

	final List<AuditRecord> chain = chainOf(6);

	@Test
	void untouchedChainIsIntactWithItsCount() {
		assertThat(walk(chain, headOf(chain))).isEqualTo(ChainVerification.intact(6, T));
	}

	@Test
	void emptyChainIsIntact() {
		assertThat(walk(List.of(), new ChainHead(0, AuditRecord.GENESIS_HASH)).intact()).isTrue();
	}

	@Test
	void changedContentIsNamedAltered() {
		var head = headOf(chain);
		chain.set(2, with(chain.get(2), "changed", chain.get(2).hash()));
		assertBroken(walk(chain, head), 3, Problem.ALTERED, 2);
	}

	@Test
	void changedContentWithRecomputedHashIsNamedAlteredBecauseTheSuccessorDisagrees() {
		var head = headOf(chain);
		chain.set(2, rehash(with(chain.get(2), "changed", null)));
		assertBroken(walk(chain, head), 3, Problem.ALTERED, 2);
	}

	@Test
	void changedLastRecordWithRecomputedHashIsNamedAlteredBecauseTheHeadDisagrees() {
		var head = headOf(chain);
		chain.set(5, rehash(with(chain.get(5), "changed", null)));
		assertBroken(walk(chain, head), 6, Problem.ALTERED, 5);
	}

	@Test
	void changedPreviousHashFieldIsNamedAltered() {
		var head = headOf(chain);
		var r = chain.get(3);
		chain.set(3, new AuditRecord(r.sequence(), r.occurredAt(), r.actor(), r.sourceAddress(), r.action(),
				r.objectType(), r.objectId(), r.outcome(), r.detail(), "f".repeat(64), r.hash()));
		assertBroken(walk(chain, head), 4, Problem.ALTERED, 3);
	}

	@Test
	void missingMiddleFirstOrLastRecordIsNamedRemoved() {
		var head = headOf(chain);
		assertBroken(walk(without(chain, 3), head), 4, Problem.REMOVED, 3);
		assertBroken(walk(without(chain, 0), head), 1, Problem.REMOVED, 0);
		assertBroken(walk(without(chain, 5), head), 6, Problem.REMOVED, 5);
	}

	@Test
	void recordBeyondTheHeadIsNamedInsertedEvenWhenPerfectlyLinked() {
		var head = headOf(chain);
		chain.add(rehash(new AuditRecord(7, T, "mallory", null, "payout.approve", "claim", "9", Outcome.SUCCESS,
				null, chain.get(5).hash(), null)));
		assertBroken(walk(chain, head), 7, Problem.INSERTED, 6);
	}

	@Test
	void forgedRecordThatLinksToNeitherNeighbourIsNamedInserted() {
		var head = headOf(chain);
		chain.set(2, rehash(new AuditRecord(3, T, "mallory", null, "payout.approve", "claim", "9", Outcome.SUCCESS,
				null, "a".repeat(64), null)));
		assertBroken(walk(chain, head), 3, Problem.INSERTED, 2);
	}

	@Test
	void genuineRecordAfterAForgedOneIsNotBlamed() {
		var head = headOf(chain);
		chain.set(4, new AuditRecord(5, T, "mallory", null, "x", null, null, Outcome.SUCCESS, null, "b".repeat(64),
				"c".repeat(64)));
		assertBroken(walk(chain, head), 5, Problem.INSERTED, 4);
	}

	@Test
	void memoryStaysFlatBecauseTheWalkStopsFeedingAtTheFirstBreak() {
		var head = headOf(chain);
		chain.set(1, with(chain.get(1), "changed", chain.get(1).hash()));
		var walk = new ChainWalk(head);
		assertThat(walk.accept(chain.get(0))).isTrue();
		assertThat(walk.accept(chain.get(1))).isTrue();
		assertThat(walk.accept(chain.get(2))).isFalse();
	}

	static List<AuditRecord> chainOf(int n) {
		List<AuditRecord> records = new ArrayList<>();
		String previous = AuditRecord.GENESIS_HASH;
		for (int i = 1; i <= n; i++) {
			var record = rehash(new AuditRecord(i, T.plusSeconds(i), "user" + i, "10.0.0." + i, "action" + i,
					"type", String.valueOf(i), Outcome.SUCCESS, "detail " + i, previous, null));
			records.add(record);
			previous = record.hash();
		}
		return records;
	}

	static ChainHead headOf(List<AuditRecord> chain) {
		var last = chain.get(chain.size() - 1);
		return new ChainHead(last.sequence(), last.hash());
	}

	static AuditRecord rehash(AuditRecord r) {
		return new AuditRecord(r.sequence(), r.occurredAt(), r.actor(), r.sourceAddress(), r.action(), r.objectType(),
				r.objectId(), r.outcome(), r.detail(), r.previousHash(), ChainHasher.hash(r));
	}

	static AuditRecord with(AuditRecord r, String detail, String hash) {
		return new AuditRecord(r.sequence(), r.occurredAt(), r.actor(), r.sourceAddress(), r.action(), r.objectType(),
				r.objectId(), r.outcome(), detail, r.previousHash(), hash);
	}

	static List<AuditRecord> without(List<AuditRecord> chain, int index) {
		List<AuditRecord> copy = new ArrayList<>(chain);
		copy.remove(index);
		return copy;
	}

	static ChainVerification walk(List<AuditRecord> records, ChainHead head) {
		var walk = new ChainWalk(head);
		for (AuditRecord record : records) {
			if (!walk.accept(record)) {
				break;
			}
		}
		return walk.finish(T);
	}

	static void assertBroken(ChainVerification result, long sequence, Problem problem, long sound) {
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSequence()).isEqualTo(sequence);
		assertThat(result.problem()).isEqualTo(problem);
		assertThat(result.recordsChecked()).isEqualTo(sound);
	}

}
