package io.suretyhub.seal;

import io.suretyhub.shared.RuleViolation;

/** A certificate cannot be put on file (or a hosted key cannot be made), for a precise {@link Reason}. */
public class CertificateRefused extends RuleViolation {

	private final Reason reason;

	public CertificateRefused(Reason reason, Object... arguments) {
		super("R-POL-5", "seal.refused." + reason.name(), arguments);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	/** Why a certificate was refused. */
	public enum Reason {

		UNREADABLE, PRIVATE_KEY_INCLUDED, EXPIRED, NOT_YET_VALID, KEY_USAGE_MISSING, KEY_USAGE_NOT_FOR_SIGNING,
		CA_CERTIFICATE, RSA_KEY_TOO_SHORT, EC_CURVE_UNSUPPORTED, KEY_TYPE_UNSUPPORTED, ALREADY_REGISTERED,
		HOSTED_KEYS_UNAVAILABLE

	}

}
