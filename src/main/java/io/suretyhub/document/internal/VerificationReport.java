package io.suretyhub.document.internal;

import java.time.Instant;
import java.util.List;

import io.suretyhub.document.IssuedDocument;

/**
 * The outcome of verifying an uploaded PDF: verified only when every check passed and nothing was
 * left undecided.
 *
 * @param verified whether the document is a genuine, unchanged policy issued by the platform
 * @param reasons every failed check, most fundamental first; empty when verified
 * @param number the policy number the document claims (trustworthy only when verified)
 * @param document the platform's record of that policy, if any
 * @param signer the subject of the (last) signer's certificate, if readable
 * @param signedAt when it was signed: the platform's record when verified, else the claimed time
 * @param sha256 SHA-256 of the uploaded file
 */
public record VerificationReport(boolean verified, List<VerificationReason> reasons, String number,
		IssuedDocument document, String signer, Instant signedAt, String sha256) {

	public VerificationReport {
		reasons = List.copyOf(reasons);
	}

}
