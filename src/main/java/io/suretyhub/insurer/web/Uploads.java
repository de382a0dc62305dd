package io.suretyhub.insurer.web;

import java.io.IOException;
import java.io.InputStream;

import io.suretyhub.insurer.internal.DocumentStore.StoredDocument;
import io.suretyhub.insurer.internal.Evidence;
import io.suretyhub.insurer.internal.Filings;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;

import org.springframework.web.multipart.MultipartFile;

/** Hands an uploaded file to the filing, the same way for the page and the API. */
final class Uploads {

	private Uploads() {
	}

	/** The file as the evidence store takes it; an empty or missing file is refused. */
	static Evidence.Upload required(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw InvalidInput.of("file", "insurer.upload.empty");
		}
		return of(file);
	}

	static Evidence.Upload of(MultipartFile file) throws IOException {
		return new Evidence.Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream());
	}

	static StoredDocument store(Filings filings, AccessScope scope, String kind, MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw InvalidInput.of("file", "insurer.upload.empty");
		}
		try (InputStream content = file.getInputStream()) {
			return filings.upload(scope.organisationId(), FilingApi.kind(kind), file.getOriginalFilename(), file.getSize(),
					content, scope);
		}
	}

}
