package io.suretyhub.seal;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The insurers' seal certificates on file. Every change is audited.
 */
public interface SealCertificates {

	/**
	 * Puts an uploaded certificate (PEM or DER; a PEM may carry the issuing chain after it) on file.
	 * @throws CertificateRefused with the precise reason when it is unreadable, outside its validity
	 * window, not for signing, of an unsupported key type or already on file
	 */
	SealCertificate register(long insurerId, byte[] pemOrDer);

	/**
	 * Has the platform make and hold a key pair for the insurer, with a certificate for it.
	 * @throws CertificateRefused {@code HOSTED_KEYS_UNAVAILABLE} when no certificate authority is set up
	 */
	SealCertificate createHosted(long insurerId, HostedKeyRequest request);

	/**
	 * Revokes a certificate from now on; signatures made before stay valid.
	 * @throws java.util.NoSuchElementException when the insurer has no such certificate
	 */
	SealCertificate revoke(long insurerId, long certificateId, String reason);

	/** The insurer's certificates, newest first. */
	List<SealCertificate> listByInsurer(long insurerId);

	Optional<SealCertificate> find(long insurerId, long certificateId);

	/** The insurer's record of exactly this certificate, whatever its standing. */
	Optional<SealCertificate> findOnFile(long insurerId, X509Certificate certificate);

	/** The insurer's record of exactly this certificate, if it was valid and not revoked at {@code instant}. */
	default Optional<SealCertificate> findValidAt(long insurerId, X509Certificate certificate, Instant instant) {
		return findOnFile(insurerId, certificate)
			.filter(found -> found.standingAt(instant) == SealCertificate.Standing.VALID);
	}

}
