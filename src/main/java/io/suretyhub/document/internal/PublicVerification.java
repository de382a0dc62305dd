package io.suretyhub.document.internal;

import java.util.Optional;

import io.suretyhub.document.IssuedDocument;
import io.suretyhub.document.PolicyStatusLookup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public may learn about a policy: by number and verification code, or by uploading the PDF. */
@Service
@Transactional(readOnly = true)
public class PublicVerification {

	private final IssuedDocumentRepository issued;

	private final PdfVerifier verifier;

	private final PolicyStatusLookup status;

	PublicVerification(IssuedDocumentRepository issued, PdfVerifier verifier, ObjectProvider<PolicyStatusLookup> status) {
		this.issued = issued;
		this.verifier = verifier;
		this.status = status.getIfUnique(() -> number -> Optional.of("issued"));
	}

	/** A policy found by number and code, with its current status. */
	public record Found(IssuedDocument document, String status) {
	}

	/** The policy, only when the code is right; a wrong code and an unknown number look the same. */
	public Optional<Found> find(String number, String code) {
		if (number == null || code == null || number.length() > 64 || code.length() > 32) {
			return Optional.empty();
		}
		return issued.findVerified(number.strip(), code)
			.map(document -> new Found(document, status.status(document.number()).orElse("issued")));
	}

	public VerificationReport verify(byte[] pdf) {
		return verifier.verify(pdf);
	}

	/** The current status of a verified document's policy. */
	public String statusOf(String number) {
		return status.status(number).orElse("issued");
	}

}
