package io.suretyhub.openapi.web;

import java.util.List;

/** The stable error codes of the open API (docs/open-api.md); each has {@code openapi.error.<code>} in both bundles. */
public final class OpenApiErrorCodes {

	public static final List<String> ALL = List.of("SIGNATURE_HEADER_MISSING", "APP_ID_UNKNOWN",
			"TIMESTAMP_OUT_OF_RANGE", "NONCE_INVALID", "NONCE_REPLAYED", "SIGNATURE_INVALID", "BODY_TOO_LARGE",
			"IDEMPOTENCY_KEY_REQUIRED", "IDEMPOTENCY_KEY_REUSED", "IDEMPOTENCY_IN_PROGRESS", "VALIDATION_FAILED",
			"RULE_VIOLATION", "SIGNATURE_REFUSED", "NOT_FOUND", "FORBIDDEN", "HTTP_405", "HTTP_415");

	private OpenApiErrorCodes() {
	}

}
