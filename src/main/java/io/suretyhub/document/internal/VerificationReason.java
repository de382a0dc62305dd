package io.suretyhub.document.internal;

/** Why an uploaded document is not verified; texts are {@code document.verify.reason.<NAME>}. */
public enum VerificationReason {

	/** Not a readable PDF. */
	UNREADABLE,
	/** No signature at all. */
	NOT_SIGNED,
	/** The signature itself is broken: unreadable CMS, wrong structure or a signature value that does not verify. */
	SIGNATURE_INVALID,
	/** Signed bytes were changed after signing (their digest no longer matches). */
	MODIFIED_AFTER_SIGNING,
	/** Something was appended after the signature (an incremental update: added pages, annotations, signatures). */
	INCREMENTAL_UPDATE,
	/** The signer is not a certificate on file for the policy's insurer. */
	UNKNOWN_SIGNER,
	/** The signer's certificate was expired when it signed. */
	CERTIFICATE_EXPIRED,
	/** The signer's certificate was not yet valid when it signed. */
	CERTIFICATE_NOT_YET_VALID,
	/** The signer's certificate was revoked when it signed. */
	CERTIFICATE_REVOKED,
	/** The file is not byte for byte a document the platform issued. */
	NOT_ISSUED_BY_PLATFORM

}
