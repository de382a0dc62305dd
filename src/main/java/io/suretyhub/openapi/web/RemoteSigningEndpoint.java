package io.suretyhub.openapi.web;

import java.util.Base64;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import io.suretyhub.document.PolicyDocuments;
import io.suretyhub.document.RemoteSigning;
import io.suretyhub.policy.Policies;
import io.suretyhub.policy.Policy;
import io.suretyhub.policy.RemoteIssue;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Issue with a remote signature (R-POL-5): the platform prepares the policy and publishes its digest, the
 * insurer's system signs it with its own key (never given to the platform) and returns the CMS; the platform
 * embeds and checks it and only then issues. Only the calling insurer's requests exist here.
 */
@RestController
@OpenApiOperations
class RemoteSigningEndpoint {

	private final Policies policies;

	private final RemoteIssue remote;

	private final PolicyDocuments documents;

	RemoteSigningEndpoint(Policies policies, RemoteIssue remote, PolicyDocuments documents) {
		this.policies = policies;
		this.remote = remote;
		this.documents = documents;
	}

	@Operation(operationId = "remoteIssueApplication", summary = "Accept the application and prepare its policy for a remote signature",
			description = "Same body as /issue. The policy is priced at the filed rate, numbered and rendered; "
					+ "the application stays APPLIED until the signature is accepted. Preparing again replaces the "
					+ "pending request and keeps the policy number.")
	@ApiResponse(responseCode = "201", description = "What the insurer's system must sign")
	@PostMapping("/open/v1/applications/{id}/remote-issue")
	@ResponseStatus(HttpStatus.CREATED)
	SigningRequestView prepare(@PathVariable long id, @Valid @RequestBody ApplicationsEndpoint.IssueRequest request,
			AccessScope insurer) {
		Policy policy = ApplicationsEndpoint.own(policies, id, insurer);
		return SigningRequestView.of(remote.prepare(id, request.decision(),
				ApplicationsEndpoint.branchStaff(policy, request.underwriter())), id);
	}

	@Operation(operationId = "getSigningRequest", summary = "A pending signing request of this insurer")
	@GetMapping("/open/v1/signing-requests/{id}")
	SigningRequestView request(@PathVariable UUID id, AccessScope insurer) {
		return documents.pendingRemote(insurer.organisationId(), id)
			.map(signing -> SigningRequestView.of(signing, null))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Operation(operationId = "getPreparedPdf", summary = "The prepared, not yet signed PDF, for the insurer to inspect before signing")
	@ApiResponse(responseCode = "200", description = "The prepared PDF; its byteRange parts hash to the digest",
			content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
					schema = @Schema(type = "string", format = "binary")))
	@GetMapping(path = "/open/v1/signing-requests/{id}/prepared.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	byte[] prepared(@PathVariable UUID id, AccessScope insurer) {
		return documents.preparedContent(insurer.organisationId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Operation(operationId = "submitSignature", summary = "Return the CMS signature; the platform embeds and checks it and issues the policy",
			description = "A refused signature answers 422 SIGNATURE_REFUSED with reason (CERTIFICATE_NOT_ON_FILE, "
					+ "DIGEST_MISMATCH, SIGNATURE_INVALID, CMS_UNREADABLE, …); nothing is issued, the request stays "
					+ "pending until it expires and the refusal is audited.")
	@ApiResponse(responseCode = "201", description = "The policy is issued")
	@PostMapping("/open/v1/signing-requests/{id}/signature")
	@ResponseStatus(HttpStatus.CREATED)
	SignatureAccepted sign(@PathVariable UUID id, @Valid @RequestBody SignatureRequest request, AccessScope insurer) {
		long insurerId = insurer.organisationId();
		if (documents.pendingRemote(insurerId, id).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		RemoteIssue.Issued issued = remote.complete(insurerId, id, request.der());
		return new SignatureAccepted(issued.policyId(), "ISSUED", issued.number(), issued.sha256(),
				issued.signedAt().toString());
	}

	@Schema(name = "SigningRequest", description = "A policy prepared for the insurer's own system to sign")
	record SigningRequestView(@Schema(description = "The request id") UUID id,
			@Schema(description = "The application, on the answer to remote-issue only") Long applicationId,
			@Schema(description = "The policy number the document carries", example = "WG-650100-2026-00031-000042") String number,
			@Schema(example = "SHA-256") String digestAlgorithm,
			@Schema(description = "The value the CMS message-digest signed attribute must carry, lower-case hex") String digestHex,
			@Schema(description = "The same digest in Base64") String digestBase64,
			@Schema(description = "The PDF /ByteRange: offset and length of the two signed parts") long[] byteRange,
			@Schema(description = "ISO-8601 instant; the signature dictionary's /M") String preparedAt,
			@Schema(description = "ISO-8601 instant after which the signature is refused (REQUEST_EXPIRED)") String expiresAt) {

		static SigningRequestView of(RemoteSigning signing, Long applicationId) {
			return new SigningRequestView(signing.id(), applicationId, signing.number(), RemoteSigning.DIGEST_ALGORITHM,
					signing.digestHex(), Base64.getEncoder().encodeToString(signing.digest()), signing.byteRange(),
					signing.preparedAt().toString(), signing.expiresAt().toString());
		}

	}

	@Schema(name = "SignatureSubmission")
	record SignatureRequest(@Schema(description = "Base64 of the DER-encoded detached CMS SignedData: one signer, "
			+ "SHA-256, signed attributes content-type, message-digest (= digest) and signing-certificate-v2, with the "
			+ "signer's certificate, which must be one the insurer has on file") @NotBlank String cms) {

		byte[] der() {
			try {
				return Base64.getDecoder().decode(cms.strip());
			}
			catch (IllegalArgumentException ex) {
				throw InvalidInput.of("cms", "openapi.error.cms.base64");
			}
		}

	}

	@Schema(name = "SignatureAccepted", description = "The signature was accepted and the policy issued")
	record SignatureAccepted(long applicationId, @Schema(example = "ISSUED") String status, String policyNumber,
			@Schema(description = "SHA-256 of the signed PDF as stored, lower-case hex") String sha256,
			@Schema(description = "ISO-8601 instant the platform accepted the signature") String signedAt) {
	}

}
