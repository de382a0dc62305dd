package io.suretyhub.document.web;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import io.suretyhub.document.IssuedDocument;
import io.suretyhub.document.PolicyDocuments;
import io.suretyhub.document.RemoteSigning;
import io.suretyhub.seal.InsurerAccess;
import io.suretyhub.shared.AccessScope;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Remote signing for an insurer's staff tools (the signed open API for insurers' systems maps onto
 * the same module API): read what to sign, fetch the prepared PDF, return the CMS signature (DER,
 * {@code application/pkcs7-signature} or {@code application/octet-stream}).
 */
@RestController
@RequestMapping("/api/v1/insurers/{insurerId}/signing-requests/{id}")
@PreAuthorize("hasAnyRole('INSURER_ADMIN', 'INSURER_STAFF')")
class RemoteSigningController {

	private final PolicyDocuments documents;

	private final InsurerAccess insurers;

	RemoteSigningController(PolicyDocuments documents, ObjectProvider<InsurerAccess> insurers) {
		this.documents = documents;
		this.insurers = insurers.getIfUnique(() -> (organisationId, insurerId) -> organisationId == insurerId);
	}

	/** What the insurer's system must sign. */
	record SigningRequestView(UUID id, String number, String digestAlgorithm, String digestHex, String digestBase64,
			long[] byteRange, Instant preparedAt, Instant expiresAt) {

		static SigningRequestView of(RemoteSigning signing) {
			return new SigningRequestView(signing.id(), signing.number(), RemoteSigning.DIGEST_ALGORITHM,
					signing.digestHex(), Base64.getEncoder().encodeToString(signing.digest()), signing.byteRange(),
					signing.preparedAt(), signing.expiresAt());
		}

	}

	@GetMapping
	SigningRequestView request(@PathVariable long insurerId, @PathVariable UUID id, AccessScope scope) {
		check(scope, insurerId);
		return documents.pendingRemote(insurerId, id)
			.map(SigningRequestView::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping(path = "/prepared.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	byte[] prepared(@PathVariable long insurerId, @PathVariable UUID id, AccessScope scope) {
		check(scope, insurerId);
		return documents.preparedContent(insurerId, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@PostMapping(path = "/signature", consumes = { "application/pkcs7-signature", MediaType.APPLICATION_OCTET_STREAM_VALUE })
	ResponseEntity<IssuedDocument> sign(@PathVariable long insurerId, @PathVariable UUID id, @RequestBody byte[] cms,
			AccessScope scope) {
		check(scope, insurerId);
		return ResponseEntity.status(HttpStatus.CREATED).body(documents.completeRemote(insurerId, id, cms));
	}

	private void check(AccessScope scope, long insurerId) {
		if (!insurers.mayManage(scope.organisationId(), insurerId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
