package io.suretyhub.insurer.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An insurer's filing: the fields of the filing form (Attachment 2) and where its review stands.
 * {@code legalRepIdNumber} and {@code contactPhone} are personal data: mask them wherever shown.
 */
public record Filing(long insurerId, FilingStatus status, String name, String creditCode, String businessAddress,
		String legalRepresentative, String legalRepIdNumber, String provincialHead, String contactPhone,
		Instant submittedAt, Instant reviewedAt, String reviewedBy, String returnReason, LocalDate registeredOn,
		LocalDate revokedOn, String revokeReason) {

	public boolean registeredOn(LocalDate day) {
		return status == FilingStatus.REGISTERED && registeredOn != null && !registeredOn.isAfter(day);
	}

}
