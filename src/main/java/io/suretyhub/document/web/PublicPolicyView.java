package io.suretyhub.document.web;

import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.document.internal.PublicVerification;

/**
 * A policy as anyone may see it after giving its number and verification code: the key fields, the
 * issuer and when it signed. No personal data.
 */
record PublicPolicyView(String number, String status, String statusText, String issuer, String policyholder,
		String project, String sumInsured, LocalDate periodStart, LocalDate periodEnd, Instant signedAt, String sha256) {

	static PublicPolicyView of(PublicVerification.Found found, String statusText) {
		var d = found.document();
		return new PublicPolicyView(d.number(), found.status(), statusText, d.insurerName(), d.policyholderName(),
				d.projectName(), d.sumInsured().toString(), d.periodStart(), d.periodEnd(), d.signedAt(), d.sha256());
	}

}
