package io.suretyhub.seal.web;

import java.time.Instant;

import io.suretyhub.seal.SealCertificate;

/** A seal certificate as the API shows it, with its standing now. */
record CertificateView(long id, long insurerId, String subject, String issuer, String serialNumber,
		String fingerprint, String keyType, Instant notBefore, Instant notAfter, boolean hosted, Instant registeredAt,
		Instant revokedAt, String revocationReason, SealCertificate.Standing standing) {

	static CertificateView of(SealCertificate c, Instant now) {
		return new CertificateView(c.id(), c.insurerId(), c.subject(), c.issuer(), c.serialNumber(), c.fingerprint(),
				c.keyType(), c.notBefore(), c.notAfter(), c.hosted(), c.registeredAt(), c.revokedAt(),
				c.revocationReason(), c.standingAt(now));
	}

}
