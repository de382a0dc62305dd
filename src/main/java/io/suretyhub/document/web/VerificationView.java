package io.suretyhub.document.web;

import java.time.Instant;
import java.util.List;

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
record VerificationView(boolean verified, List<Reason> reasons, String number, String status, String issuer,
		String signer, Instant signedAt, String sha256) {

	/** A failed check. */
	record Reason(String code, String message) {
	}

}
