package io.suretyhub.seal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import io.suretyhub.seal.HostedKeyRequest;
import io.suretyhub.seal.InsurerAccess;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.shared.AccessScope;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * JSON API for an insurer admin's seal certificates. Another insurer's certificates answer 404,
 * exactly like missing ones.
 */
@RestController
@RequestMapping("/api/v1/insurers/{insurerId}/certificates")
@PreAuthorize("hasRole('INSURER_ADMIN')")
class SealCertificateController {

	private final SealCertificates certificates;

	private final InsurerAccess access;

	private final Clock clock;

	SealCertificateController(SealCertificates certificates, ObjectProvider<InsurerAccess> access, Clock clock) {
		this.certificates = certificates;
		this.access = access.getIfUnique(() -> (organisationId, insurerId) -> organisationId == insurerId);
		this.clock = clock;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	CertificateView upload(@PathVariable long insurerId, @RequestParam("file") MultipartFile file, AccessScope scope) {
		check(scope, insurerId);
		try {
			return CertificateView.of(certificates.register(insurerId, file.getBytes()), clock.instant());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@PostMapping(path = "/hosted", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	CertificateView hosted(@PathVariable long insurerId, @Valid @RequestBody HostedKeyForm form, AccessScope scope) {
		check(scope, insurerId);
		var request = new HostedKeyRequest(form.subjectName().strip(), form.keyType());
		return CertificateView.of(certificates.createHosted(insurerId, request), clock.instant());
	}

	@GetMapping
	List<CertificateView> list(@PathVariable long insurerId, AccessScope scope) {
		check(scope, insurerId);
		return certificates.listByInsurer(insurerId)
			.stream()
			.map(c -> CertificateView.of(c, clock.instant()))
			.toList();
	}

	@GetMapping("/{id}")
	CertificateView one(@PathVariable long insurerId, @PathVariable long id, AccessScope scope) {
		check(scope, insurerId);
		return certificates.find(insurerId, id)
			.map(c -> CertificateView.of(c, clock.instant()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@PostMapping(path = "/{id}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
	CertificateView revoke(@PathVariable long insurerId, @PathVariable long id, @Valid @RequestBody RevokeForm form,
			AccessScope scope) {
		check(scope, insurerId);
		certificates.find(insurerId, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return CertificateView.of(certificates.revoke(insurerId, id, form.reason().strip()), clock.instant());
	}

	private void check(AccessScope scope, long insurerId) {
		if (!access.mayManage(scope.organisationId(), insurerId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
