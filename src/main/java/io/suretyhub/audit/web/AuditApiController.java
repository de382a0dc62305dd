package io.suretyhub.audit.web;

import io.suretyhub.audit.ChainVerification;
import io.suretyhub.audit.internal.AuditedVerification;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The chain check for staff tools: {@code GET /api/v1/audit/verification}. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class AuditApiController {

	private final AuditedVerification verification;

	AuditApiController(AuditedVerification verification) {
		this.verification = verification;
	}

	@GetMapping("/verification")
	ChainVerification verification() {
		return verification.run();
	}

}
