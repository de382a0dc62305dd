package io.suretyhub.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.suretyhub.audit.AuditRecord;
import io.suretyhub.shared.AuditEvent.Outcome;
import org.junit.jupiter.api.Test;

class ChainHasherTests {

	static final Instant T = Instant.parse("2026-11-23T01:00:00.000001Z");

	static AuditRecord record(long sequence, String actor, String action, String objectType, String objectId,
			String previous) {
		return new AuditRecord(sequence, T, actor, null, action, objectType, objectId, Outcome.SUCCESS, null, previous,
				null);
	}

	@Test
	void hashIsSha256HexAndIgnoresTheStoredHash() {
		var r = record(1, "a", "b", "c", "d", AuditRecord.GENESIS_HASH);
		var withHash = new AuditRecord(1, T, "a", null, "b", "c", "d", Outcome.SUCCESS, null, AuditRecord.GENESIS_HASH,
				"x");
		assertThat(ChainHasher.hash(r)).matches("[0-9a-f]{64}").isEqualTo(ChainHasher.hash(withHash));
	}

	@Test
	void encodingIsUnambiguousAcrossFieldBoundariesAndAbsentValues() {
		String g = AuditRecord.GENESIS_HASH;
		assertThat(ChainHasher.hash(record(1, "ab", "c", "x", "y", g)))
			.isNotEqualTo(ChainHasher.hash(record(1, "a", "bc", "x", "y", g)));
		assertThat(ChainHasher.hash(record(1, "a", "b", null, "y", g)))
			.isNotEqualTo(ChainHasher.hash(record(1, "a", "b", "", "y", g)))
			.isNotEqualTo(ChainHasher.hash(record(1, "a", "b", "-", "y", g)));
		assertThat(ChainHasher.hash(record(1, "a", "b", "#1:x", null, g)))
			.isNotEqualTo(ChainHasher.hash(record(1, "a", "b", "", "x", g)));
	}

	@Test
	void sequenceTimeAndPreviousHashAreCovered() {
		var base = record(1, "a", "b", "c", "d", AuditRecord.GENESIS_HASH);
		assertThat(ChainHasher.hash(record(2, "a", "b", "c", "d", AuditRecord.GENESIS_HASH)))
			.isNotEqualTo(ChainHasher.hash(base));
		assertThat(ChainHasher.hash(record(1, "a", "b", "c", "d", "1".repeat(64)))).isNotEqualTo(ChainHasher.hash(base));
		var later = new AuditRecord(1, T.plusNanos(1000), "a", null, "b", "c", "d", Outcome.SUCCESS, null,
				AuditRecord.GENESIS_HASH, null);
		assertThat(ChainHasher.hash(later)).isNotEqualTo(ChainHasher.hash(base));
	}

}
