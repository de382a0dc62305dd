package io.suretyhub.openapi.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** The shape of every error of the open API (RFC 9457), for the description. */
@Schema(name = "Problem", description = "RFC 9457 problem details with a stable code")
record Problem(@Schema(example = "https://suretyhub.io/problems/open-api/signature-invalid") String type,
		@Schema(example = "Unauthorized") String title, @Schema(example = "401") int status,
		@Schema(description = "In the language of Accept-Language (Chinese without one)") String detail,
		@Schema(description = "Stable error code", example = "SIGNATURE_INVALID") String code,
		@Schema(description = "The header, parameter or field at fault", example = "X-SH-Signature") String field,
		@Schema(description = "The rule of RULES.md that refused it, for RULE_VIOLATION", example = "R-POL-2") String rule,
		@Schema(description = "For SIGNATURE_REFUSED: why the signature was refused", example = "DIGEST_MISMATCH",
				allowableValues = { "ALREADY_ISSUED", "UNSUPPORTED_CHARACTER", "CERTIFICATE_NOT_ON_FILE", "NOT_HOSTED",
						"CERTIFICATE_NOT_VALID", "REQUEST_EXPIRED", "CMS_UNREADABLE", "CMS_MALFORMED", "DIGEST_ALGORITHM",
						"DIGEST_MISMATCH", "SIGNING_CERTIFICATE_ATTRIBUTE", "SIGNATURE_INVALID",
						"SIGNATURE_TOO_LARGE" }) String reason,
		@Schema(description = "The message in Chinese (zh-CN) and English (en)") Map<String, String> messages) {
}
