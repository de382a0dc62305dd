package io.suretyhub.document.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The result of verifying an uploaded PDF: {@code verified} is true only when every check passed.
 *
 * @param verified whether the file is a genuine, unchanged policy issued by the platform
 * @param reasons each failed check with its code and text
 * @param number the policy number (from the platform's record when verified)
 * @param status the policy's current status when verified
 * @param issuer the insurer that signed it, from the platform's record
 * @param signer the signing certificate's subject
 * @param signedAt when it was signed
 * @param sha256 SHA-256 of the uploaded file
 */
@Schema(name = "Verification", description = "The result of verifying an uploaded PDF")
record VerificationView(
		@Schema(description = "True only when the file is a genuine, unchanged policy issued by the platform") boolean verified,
		@Schema(description = "Each failed check; empty when verified") List<Reason> reasons,
		@Schema(description = "The policy number", example = "WG-650100-2026-00031-000042") String number,
		@Schema(description = "The policy's current status, when verified", example = "in_force") String status,
		@Schema(description = "The signing insurer from the platform's record") String issuer,
		@Schema(description = "The signing certificate's subject") String signer,
		@Schema(description = "When it was signed") Instant signedAt,
		@Schema(description = "SHA-256 of the uploaded file, lower-case hex") String sha256) {

	/** A failed check. */
	@Schema(name = "VerificationReason")
	record Reason(@Schema(allowableValues = { "UNREADABLE", "NOT_SIGNED", "SIGNATURE_INVALID", "MODIFIED_AFTER_SIGNING",
			"INCREMENTAL_UPDATE", "UNKNOWN_SIGNER", "CERTIFICATE_EXPIRED", "CERTIFICATE_NOT_YET_VALID",
			"CERTIFICATE_REVOKED", "NOT_ISSUED_BY_PLATFORM" }) String code,
			@Schema(description = "Why, in the language of Accept-Language") String message) {
	}

}
