package io.suretyhub.document;

import io.suretyhub.shared.RuleViolation;

/** A policy could not be signed and issued, for a precise {@link Reason}; nothing was issued. */
public class SigningRefused extends RuleViolation {

	private final Reason reason;

	public SigningRefused(Reason reason, Object... arguments) {
		super("R-POL-5", "document.signing.refused." + reason.name(), arguments);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	/** Why signing was refused. */
	public enum Reason {

		/** The policy number has been issued already (a signed document is never replaced). */
		ALREADY_ISSUED,
		/** A character of the policy is not in the shipped font. */
		UNSUPPORTED_CHARACTER,
		/** The certificate is not one of the insurer's on file. */
		CERTIFICATE_NOT_ON_FILE,
		/** The certificate is on file but the platform holds no key for it. */
		NOT_HOSTED,
		/** The certificate is expired, revoked or not yet valid now. */
		CERTIFICATE_NOT_VALID,
		/** No pending remote signing with this id for this insurer (or it has expired). */
		REQUEST_EXPIRED,
		/** The returned bytes are not a CMS SignedData. */
		CMS_UNREADABLE,
		/** The CMS must be detached and hold exactly one signer with its certificate. */
		CMS_MALFORMED,
		/** The digest algorithm is not SHA-256. */
		DIGEST_ALGORITHM,
		/** The CMS message-digest is not the digest of the prepared document. */
		DIGEST_MISMATCH,
		/** The signing-certificate-v2 attribute is missing or names another certificate. */
		SIGNING_CERTIFICATE_ATTRIBUTE,
		/** The signature value does not verify with the certificate's key. */
		SIGNATURE_INVALID,
		/** The CMS is larger than the space reserved in the document. */
		SIGNATURE_TOO_LARGE

	}

}
