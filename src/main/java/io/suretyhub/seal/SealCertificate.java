package io.suretyhub.seal;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * A certificate an insurer signs e-policies with, as held on file.
 *
 * @param id the record's id
 * @param insurerId the insurer organisation it belongs to
 * @param fingerprint SHA-256 of the certificate's DER encoding, lower-case hex
 * @param serialNumber the certificate's serial number, hex
 * @param subject the subject's distinguished name (RFC 2253)
 * @param issuer the issuer's distinguished name (RFC 2253)
 * @param keyType e.g. {@code EC P-256}, {@code RSA 3072}, {@code SM2}
 * @param notBefore start of the validity window
 * @param notAfter end of the validity window
 * @param chain the certificate first, then any issuing certificates that came with it
 * @param keyAlias for a hosted key, its alias in {@link SigningKeys}; {@code null} for an uploaded certificate
 * @param registeredAt when it was put on file
 * @param revokedAt when it was revoked, or {@code null}
 * @param revocationReason why, or {@code null}
 */
public record SealCertificate(long id, long insurerId, String fingerprint, String serialNumber, String subject,
		String issuer, String keyType, Instant notBefore, Instant notAfter, List<X509Certificate> chain,
		String keyAlias, Instant registeredAt, Instant revokedAt, String revocationReason) {

	public SealCertificate {
		chain = List.copyOf(chain);
	}

	/** The seal certificate itself. */
	public X509Certificate certificate() {
		return chain.get(0);
	}

	/** Whether the platform holds the private key (hosted signing). */
	public boolean hosted() {
		return keyAlias != null;
	}

	/**
	 * How this certificate stood at {@code instant}: a revocation counts from its recorded time on, so
	 * signatures made before it stay valid.
	 */
	public Standing standingAt(Instant instant) {
		if (revokedAt != null && !instant.isBefore(revokedAt)) {
			return Standing.REVOKED;
		}
		if (instant.isBefore(notBefore)) {
			return Standing.NOT_YET_VALID;
		}
		return instant.isAfter(notAfter) ? Standing.EXPIRED : Standing.VALID;
	}

	/** Standing of a certificate at a given instant. */
	public enum Standing {

		VALID, NOT_YET_VALID, EXPIRED, REVOKED

	}

}
