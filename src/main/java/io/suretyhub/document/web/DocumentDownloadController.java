package io.suretyhub.document.web;

import io.suretyhub.document.IssuedDocument;
import io.suretyhub.document.PolicyDocuments;
import io.suretyhub.seal.InsurerAccess;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Download of an issued policy PDF, byte for byte as signed. The signing insurer (or its region
 * branch) may download it, and the authorities whose area covers the project. The policyholder's
 * own download comes with the policy module, which knows who the policyholder is.
 */
@RestController
class DocumentDownloadController {

	private final PolicyDocuments documents;

	private final InsurerAccess insurers;

	private final ApplicationEventPublisher events;

	DocumentDownloadController(PolicyDocuments documents, ObjectProvider<InsurerAccess> insurers,
			ApplicationEventPublisher events) {
		this.documents = documents;
		this.insurers = insurers.getIfUnique(() -> (organisationId, insurerId) -> organisationId == insurerId);
		this.events = events;
	}

	@GetMapping("/api/v1/policies/{number}/document")
	@PreAuthorize("hasAnyRole('INSURER_ADMIN', 'INSURER_STAFF', 'REGION_AUTHORITY', 'LOCAL_AUTHORITY', 'FINANCIAL_REGULATOR')")
	ResponseEntity<byte[]> download(@PathVariable String number, AccessScope scope) {
		IssuedDocument document = documents.find(number)
			.filter(found -> mayRead(scope, found))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] pdf = documents.content(number).orElseThrow();
		events.publishEvent(AuditEvent.success("document.policy.download", "policy-document", number,
				"by organisation " + scope.organisationId()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(number + ".pdf").build().toString())
			.header("X-Content-SHA256", document.sha256())
			.body(pdf);
	}

	private boolean mayRead(AccessScope scope, IssuedDocument document) {
		return switch (scope.role()) {
			case INSURER_ADMIN, INSURER_STAFF -> insurers.mayManage(scope.organisationId(), document.insurerId());
			case REGION_AUTHORITY, LOCAL_AUTHORITY, FINANCIAL_REGULATOR -> scope.covers(document.area());
			default -> false;
		};
	}

}
