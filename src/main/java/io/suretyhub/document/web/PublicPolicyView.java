package io.suretyhub.document.web;

import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.document.internal.PublicVerification;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A policy as anyone may see it after giving its number and verification code: the key fields, the
 * issuer and when it signed. No personal data.
 */
@Schema(name = "PublicPolicy", description = "A policy's key fields as anyone may see them; no personal data")
record PublicPolicyView(@Schema(example = "WG-650100-2026-00031-000042") String number,
		@Schema(allowableValues = { "issued", "in_force", "expired", "surrendered", "exhausted" }, example = "in_force") String status,
		@Schema(description = "The status in the language of Accept-Language", example = "有效") String statusText,
		@Schema(description = "The signing insurer", example = "某某财产保险股份有限公司新疆分公司") String issuer,
		@Schema(description = "The policyholder (a company)") String policyholder,
		@Schema(description = "The project") String project,
		@Schema(description = "Sum insured in yuan", example = "1234567.89") String sumInsured,
		@Schema(example = "2027-01-01") LocalDate periodStart, @Schema(example = "2027-12-31") LocalDate periodEnd,
		@Schema(description = "When the platform accepted the insurer's signature") Instant signedAt,
		@Schema(description = "SHA-256 of the issued PDF, lower-case hex") String sha256) {

	static PublicPolicyView of(PublicVerification.Found found, String statusText) {
		var d = found.document();
		return new PublicPolicyView(d.number(), found.status(), statusText, d.insurerName(), d.policyholderName(),
				d.projectName(), d.sumInsured().toString(), d.periodStart(), d.periodEnd(), d.signedAt(), d.sha256());
	}

}
