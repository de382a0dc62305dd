package io.suretyhub.audit.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.suretyhub.audit.AuditRecord;

/** A record as the audit page shows it: time in the platform's zone, hash shortened. */
record AuditRow(AuditRecord record, String time, String shortHash) {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	static AuditRow of(AuditRecord record, ZoneId zone) {
		return new AuditRow(record, TIME.format(record.occurredAt().atZone(zone)), record.hash().substring(0, 12));
	}

}
