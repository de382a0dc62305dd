package io.suretyhub.document.internal;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.suretyhub.document.IssuedDocument;
import io.suretyhub.document.IssuedDocument.SigningMode;
import io.suretyhub.document.PolicyDocument;
import io.suretyhub.document.PolicyDocumentIssued;
import io.suretyhub.document.PolicyDocuments;
import io.suretyhub.document.RemoteSigning;
import io.suretyhub.document.SigningRefused;
import io.suretyhub.document.SigningRefused.Reason;
import io.suretyhub.seal.SealCertificate;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.seal.SigningKeys;
import io.suretyhub.shared.AuditEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class PolicyDocumentService implements PolicyDocuments {

	private final PolicyLayout layout;

	private final PadesPreparer preparer;

	private final SealCertificates seals;

	private final SigningKeys keys;

	private final IssuedDocumentRepository issued;

	private final RemoteSigningRepository remote;

	private final DocumentSettings settings;

	/** Hosted certificates whose key made a signature that checked (by fingerprint). */
	private final Set<String> proven = ConcurrentHashMap.newKeySet();

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PolicyDocumentService(PolicyLayout layout, PadesPreparer preparer, SealCertificates seals, SigningKeys keys,
			IssuedDocumentRepository issued, RemoteSigningRepository remote,
			DocumentSettings settings, Clock clock, ApplicationEventPublisher events) {
		this.layout = layout;
		this.preparer = preparer;
		this.seals = seals;
		this.keys = keys;
		this.issued = issued;
		this.remote = remote;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] preview(PolicyDocument policy) {
		return layout.render(policy);
	}

	@Override
	public IssuedDocument issueHosted(PolicyDocument policy, long certificateId) {
		refuseIfIssued(policy.number());
		SealCertificate certificate = seals.find(policy.insurerId(), certificateId)
			.orElseThrow(() -> new SigningRefused(Reason.CERTIFICATE_NOT_ON_FILE));
		if (!certificate.hosted() || !keys.contains(certificate.keyAlias())) {
			throw new SigningRefused(Reason.NOT_HOSTED);
		}
		Instant now = clock.instant();
		requireValid(certificate, now);
		PreparedPdf prepared = preparer.prepare(layout.draw(policy), policy.insurerName(), now);
		String algorithm = "RSA".equals(certificate.certificate().getPublicKey().getAlgorithm()) ? "SHA256withRSA"
				: "SHA256withECDSA";
		byte[] cms = CmsSignatures.sign(prepared.signedContent(), certificate.chain(), algorithm,
				data -> keys.sign(certificate.keyAlias(), algorithm, data));
		if (!proven.contains(certificate.fingerprint())) {
			onFile(policy.insurerId(), prepared, cms, now);
			proven.add(certificate.fingerprint());
		}
		return store(PolicySummary.of(policy), prepared, cms, SigningMode.HOSTED, now, certificate);
	}

	@Override
	public RemoteSigning prepareRemote(PolicyDocument policy) {
		refuseIfIssued(policy.number());
		Instant now = clock.instant();
		PreparedPdf prepared = preparer.prepare(layout.draw(policy), policy.insurerName(), now);
		UUID id = UUID.randomUUID();
		Instant expires = now.plus(settings.remoteSigningValidity());
		remote.replace(id, PolicySummary.of(policy), prepared, now, expires);
		events.publishEvent(AuditEvent.success("document.policy.prepare", "policy-document", policy.number(),
				"remote signing " + id + " for insurer " + policy.insurerId()));
		return new RemoteSigning(id, policy.number(), policy.insurerId(), prepared.digest(), prepared.byteRange(), now,
				expires);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RemoteSigning> pendingRemote(long insurerId, UUID requestId) {
		return remote.find(insurerId, requestId).map(RemoteSigningRepository.Pending::signing);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<byte[]> preparedContent(long insurerId, UUID requestId) {
		return remote.find(insurerId, requestId).map(pending -> pending.prepared().bytes());
	}

	@Override
	public IssuedDocument completeRemote(long insurerId, UUID requestId, byte[] cmsSignature) {
		Instant now = clock.instant();
		var pending = remote.lock(insurerId, requestId)
			.filter(p -> now.isBefore(p.signing().expiresAt()))
			.orElseThrow(() -> new SigningRefused(Reason.REQUEST_EXPIRED));
		refuseIfIssued(pending.summary().number());
		IssuedDocument document = store(pending.summary(), pending.prepared(), cmsSignature, SigningMode.REMOTE, now,
				onFile(pending.summary().insurerId(), pending.prepared(), cmsSignature, now));
		remote.delete(requestId);
		return document;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<IssuedDocument> find(String number) {
		return issued.find(number);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<byte[]> content(String number) {
		return issued.content(number);
	}

	/**
	 * The certificate on file that made a CMS signature, once the signature is checked over the prepared content
	 * (R-POL-5); refused otherwise.
	 */
	private SealCertificate onFile(long insurerId, PreparedPdf prepared, byte[] cms, Instant now) {
		X509Certificate signer = CmsSignatures.check(cms, prepared.signedContent());
		SealCertificate certificate = seals.findOnFile(insurerId, signer)
			.orElseThrow(() -> new SigningRefused(Reason.CERTIFICATE_NOT_ON_FILE));
		requireValid(certificate, now);
		return certificate;
	}

	/**
	 * Stores a signed policy. A remote signature was checked by {@link #onFile}; a hosted one is the platform's
	 * own, made just before with the key of {@code certificate}, and is checked the same way the first time each
	 * hosted certificate signs in this process ({@link #proven}: the key answers for its certificate), not at
	 * every policy.
	 */
	private IssuedDocument store(PolicySummary summary, PreparedPdf prepared, byte[] cms, SigningMode mode, Instant now,
			SealCertificate certificate) {
		byte[] signed = prepared.embed(cms);
		if (!prepared.isSignedWith(signed, cms)) {
			throw new IllegalStateException("A freshly signed policy is not exactly the prepared document and its signature");
		}
		String sha256 = IssuedDocumentRepository.hex(PreparedPdf.sha256(signed));
		try {
			issued.insert(summary, signed, sha256, now, mode, certificate.id(), certificate.fingerprint());
		}
		catch (DuplicateKeyException ex) {
			throw new SigningRefused(Reason.ALREADY_ISSUED, summary.number());
		}
		events.publishEvent(AuditEvent.success("document.policy.issue", "policy-document", summary.number(),
				mode + " signature by certificate " + certificate.id() + ", sha256 " + sha256));
		events.publishEvent(new PolicyDocumentIssued(summary.number(), summary.insurerId(), sha256, now));
		return issued.find(summary.number()).orElseThrow();
	}

	private void refuseIfIssued(String number) {
		if (issued.exists(number)) {
			throw new SigningRefused(Reason.ALREADY_ISSUED, number);
		}
	}

	private static void requireValid(SealCertificate certificate, Instant now) {
		var standing = certificate.standingAt(now);
		if (standing != SealCertificate.Standing.VALID) {
			throw new SigningRefused(Reason.CERTIFICATE_NOT_VALID, certificate.serialNumber(), standing.name());
		}
	}

}
