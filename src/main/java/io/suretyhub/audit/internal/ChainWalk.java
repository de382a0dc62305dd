package io.suretyhub.audit.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.suretyhub.audit.AuditRecord;
import io.suretyhub.audit.ChainVerification;
import io.suretyhub.audit.ChainVerification.Problem;

/**
 * Judges records fed in sequence order, one record behind the feed: whether a record was altered or
 * inserted can depend on its successor (does the successor still name its hash?). Holds three
 * records at most, whatever the length of the chain.
 */
final class ChainWalk {

	private final ChainHead head;

	private AuditRecord previous;

	private AuditRecord pending;

	private long sound;

	private Broken broken;

	ChainWalk(ChainHead head) {
		this.head = head;
	}

	/** Feeds the next record; {@code false} once a break has been found (feed no more). */
	boolean accept(AuditRecord next) {
		if (pending != null) {
			judge(pending, next);
		}
		pending = next;
		return broken == null;
	}

	ChainVerification finish(Instant at) {
		if (broken == null && pending != null) {
			judge(pending, null);
		}
		if (broken == null && head.lastSequence() > lastSequence()) {
			broken = new Broken(lastSequence() + 1, Problem.REMOVED);
		}
		return broken == null ? ChainVerification.intact(sound, at)
				: ChainVerification.broken(sound, broken.sequence, broken.problem, at);
	}

	private void judge(AuditRecord record, AuditRecord successor) {
		judgement(record, successor).ifPresentOrElse(found -> {
			broken = found;
			if (previous != null && found.sequence == previous.sequence()) {
				sound--;
			}
		}, () -> {
			previous = record;
			sound++;
		});
	}

	/**
	 * A record whose content matches its hash and whose previous hash names its predecessor is sound,
	 * unless it is the last and the head names another hash. When the link to the predecessor is
	 * broken, the successor decides: if it still names this record's hash, this record is genuine and
	 * either its own content or its predecessor was altered; if not, this record belongs on neither
	 * side and was inserted.
	 */
	private Optional<Broken> judgement(AuditRecord record, AuditRecord successor) {
		long expected = lastSequence() + 1;
		if (record.sequence() != expected) {
			return Optional.of(record.sequence() < expected ? new Broken(record.sequence(), Problem.INSERTED)
					: new Broken(expected, Problem.REMOVED));
		}
		if (record.sequence() > head.lastSequence()) {
			return broken(record, Problem.INSERTED);
		}
		boolean content = ChainHasher.hash(record).equals(record.hash());
		boolean back = Objects.equals(record.previousHash(),
				previous == null ? AuditRecord.GENESIS_HASH : previous.hash());
		Boolean forward = vouchedFor(record, successor);
		if (back) {
			boolean headDisagrees = record.sequence() == head.lastSequence() && Boolean.FALSE.equals(forward);
			return content && !headDisagrees ? Optional.empty() : broken(record, Problem.ALTERED);
		}
		if (Boolean.FALSE.equals(forward)) {
			return broken(record, Problem.INSERTED);
		}
		if (content && Boolean.TRUE.equals(forward) && previous != null) {
			return broken(previous, Problem.ALTERED);
		}
		return broken(record, content ? Problem.INSERTED : Problem.ALTERED);
	}

	/** Whether the successor (the head, for the last record) names this record's hash; {@code null} when unknown. */
	private Boolean vouchedFor(AuditRecord record, AuditRecord successor) {
		if (record.sequence() == head.lastSequence()) {
			return head.lastHash().equals(record.hash());
		}
		if (successor != null && successor.sequence() == record.sequence() + 1) {
			return Objects.equals(successor.previousHash(), record.hash());
		}
		return null;
	}

	private long lastSequence() {
		return previous == null ? 0 : previous.sequence();
	}

	private static Optional<Broken> broken(AuditRecord record, Problem problem) {
		return Optional.of(new Broken(record.sequence(), problem));
	}

	private record Broken(long sequence, Problem problem) {
	}

}
