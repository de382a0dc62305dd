package io.suretyhub.audit;

import java.time.Instant;

/**
 * The result of walking the audit chain.
 *
 * @param intact whether every record is as it was appended, none missing and none added
 * @param recordsChecked records found sound (all of them when intact; those before the break otherwise)
 * @param firstBrokenSequence the sequence number of the first bad record, or {@code null} when intact
 * @param problem what is wrong with it, or {@code null} when intact
 * @param verifiedAt when the walk finished
 */
public record ChainVerification(boolean intact, long recordsChecked, Long firstBrokenSequence, Problem problem,
		Instant verifiedAt) {

	/** What verification found wrong with the first bad record. */
	public enum Problem {

		/** The record's content no longer matches its hash, or its hash no longer matches what its successor recorded. */
		ALTERED,
		/** The record is missing: the sequence jumps over it, or the chain's head names it as the last. */
		REMOVED,
		/** The record belongs neither after its predecessor nor before its successor, or lies beyond the head. */
		INSERTED

	}

	public static ChainVerification intact(long records, Instant at) {
		return new ChainVerification(true, records, null, null, at);
	}

	public static ChainVerification broken(long recordsChecked, long sequence, Problem problem, Instant at) {
		return new ChainVerification(false, recordsChecked, sequence, problem, at);
	}

}
