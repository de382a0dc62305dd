package io.suretyhub.audit.internal;

import java.util.List;

import io.suretyhub.audit.AuditRecord;

/**
 * One page of records, newest first.
 *
 * @param records at most {@link AuditRecords#PAGE_SIZE}
 * @param newer whether newer matching records exist (link to the page before)
 * @param older whether older matching records exist (link to the next page)
 */
public record AuditPage(List<AuditRecord> records, boolean newer, boolean older) {

	public Long newestSequence() {
		return records.isEmpty() ? null : records.get(0).sequence();
	}

	public Long oldestSequence() {
		return records.isEmpty() ? null : records.get(records.size() - 1).sequence();
	}

}
