package io.suretyhub.seal.internal;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import io.suretyhub.seal.CertificateRefused;
import io.suretyhub.seal.CertificateRefused.Reason;
import io.suretyhub.seal.HostedKeyRequest;
import io.suretyhub.seal.SealCertificate;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.seal.SigningKeys;
import io.suretyhub.shared.AuditEvent;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class SealCertificateService implements SealCertificates {

	private final SealCertificateRepository repository;

	private final SigningKeys signingKeys;

	private final ObjectProvider<DemoCertificateAuthority> authority;

	private final SealSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SealCertificateService(SealCertificateRepository repository, SigningKeys signingKeys,
			ObjectProvider<DemoCertificateAuthority> authority, SealSettings settings, Clock clock,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.signingKeys = signingKeys;
		this.authority = authority;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public SealCertificate register(long insurerId, byte[] pemOrDer) {
		var inspected = CertificateInspector.inspect(pemOrDer, clock.instant());
		return store(insurerId, inspected, null, "seal.certificate.register");
	}

	@Override
	public SealCertificate createHosted(long insurerId, HostedKeyRequest request) {
		DemoCertificateAuthority ca = authority.getIfAvailable();
		if (ca == null) {
			throw new CertificateRefused(Reason.HOSTED_KEYS_UNAVAILABLE);
		}
		String alias = "seal-" + insurerId + "-" + UUID.randomUUID();
		List<X509Certificate> chain = signingKeys.generate(alias, request.keyType(),
				publicKey -> ca.issue(publicKey, request.subjectName(), settings.hostedValidity()));
		var inspected = new CertificateInspector.Inspected(chain, keyTypeName(request),
				CertificateInspector.fingerprint(chain.get(0)));
		return store(insurerId, inspected, alias, "seal.certificate.hosted");
	}

	@Override
	public SealCertificate revoke(long insurerId, long certificateId, String reason) {
		SealCertificate certificate = find(insurerId, certificateId)
			.orElseThrow(() -> new NoSuchElementException("No certificate " + certificateId));
		if (certificate.revokedAt() != null) {
			return certificate;
		}
		repository.revoke(certificateId, clock.instant(), reason);
		events.publishEvent(AuditEvent.success("seal.certificate.revoke", "seal-certificate", certificateId,
				"insurer " + insurerId + ", serial " + certificate.serialNumber()));
		return find(insurerId, certificateId).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<SealCertificate> listByInsurer(long insurerId) {
		return repository.findByInsurer(insurerId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SealCertificate> find(long insurerId, long certificateId) {
		return repository.find(insurerId, certificateId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SealCertificate> findOnFile(long insurerId, X509Certificate certificate) {
		return repository.findByFingerprint(insurerId, CertificateInspector.fingerprint(certificate));
	}

	private SealCertificate store(long insurerId, CertificateInspector.Inspected inspected, String alias,
			String action) {
		if (repository.fingerprintExists(inspected.fingerprint())) {
			throw new CertificateRefused(Reason.ALREADY_REGISTERED);
		}
		Instant now = clock.instant();
		long id = repository.insert(insurerId, inspected, alias, now);
		SealCertificate stored = repository.find(insurerId, id).orElseThrow();
		events.publishEvent(AuditEvent.success(action, "seal-certificate", id,
				"insurer " + insurerId + ", serial " + stored.serialNumber() + ", " + stored.keyType()));
		return stored;
	}

	private static String keyTypeName(HostedKeyRequest request) {
		return switch (request.keyType()) {
			case EC_P256 -> "EC P-256";
			case EC_P384 -> "EC P-384";
			case RSA_2048 -> "RSA 2048";
			case RSA_3072 -> "RSA 3072";
		};
	}

}
