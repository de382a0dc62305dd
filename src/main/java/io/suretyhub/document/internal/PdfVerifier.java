package io.suretyhub.document.internal;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.suretyhub.document.IssuedDocument;
import io.suretyhub.document.SigningRefused;
import io.suretyhub.seal.SealCertificate;
import io.suretyhub.seal.SealCertificates;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.springframework.stereotype.Service;

/**
 * Verifies any uploaded PDF against the platform's records (R-POL-5): each signature
 * cryptographically, that the signature covers the whole file, that the signer is a certificate on
 * file for the policy's insurer and was valid when it signed, and that the file is byte for byte the
 * issued document. Never trusts the document alone; whatever cannot be decided is a reason.
 */
@Service
public class PdfVerifier {

	private final IssuedDocumentRepository issued;

	private final SealCertificates seals;

	private final Clock clock;

	PdfVerifier(IssuedDocumentRepository issued, SealCertificates seals, Clock clock) {
		this.issued = issued;
		this.seals = seals;
		this.clock = clock;
	}

	/** A signature of the file, as far as it could be checked. */
	record Checked(PDSignature signature, int[] byteRange, X509Certificate signer, Instant claimedAt) {
	}

	public VerificationReport verify(byte[] pdf) {
		String sha256 = IssuedDocumentRepository.hex(PreparedPdf.sha256(pdf));
		Set<VerificationReason> reasons = new LinkedHashSet<>();
		List<Checked> signatures = new ArrayList<>();
		String claimedNumber;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDSignature signature : document.getSignatureDictionaries()) {
				signatures.add(check(signature, pdf, reasons));
			}
			claimedNumber = document.getDocumentInformation().getCustomMetadataValue("PolicyNumber");
		}
		catch (IOException | RuntimeException ex) {
			return new VerificationReport(false, List.of(VerificationReason.UNREADABLE), null, null, null, null, sha256);
		}
		if (signatures.isEmpty()) {
			reasons.add(VerificationReason.NOT_SIGNED);
		}
		signatures.sort(Comparator.comparingLong(c -> c.byteRange() == null ? 0 : end(c.byteRange())));
		String number = signatures.isEmpty() ? claimedNumber : numberInSignedRevision(pdf, signatures.get(0), claimedNumber);
		Optional<IssuedDocument> record = issued.findBySha256(sha256).or(() -> Optional.ofNullable(number).flatMap(issued::find));
		boolean exact = record.isPresent() && record.get().sha256().equals(sha256);
		for (Checked checked : signatures) {
			signer(checked, record, exact, reasons);
		}
		if (!exact) {
			reasons.add(VerificationReason.NOT_ISSUED_BY_PLATFORM);
		}
		Checked last = signatures.isEmpty() ? null : signatures.get(signatures.size() - 1);
		String signer = last == null || last.signer() == null ? null : last.signer().getSubjectX500Principal().getName();
		Instant signedAt = exact ? record.get().signedAt() : last == null ? null : last.claimedAt();
		return new VerificationReport(reasons.isEmpty(), new ArrayList<>(reasons), record.map(IssuedDocument::number).orElse(number),
				record.orElse(null), signer, signedAt, sha256);
	}

	private Checked check(PDSignature signature, byte[] pdf, Set<VerificationReason> reasons) {
		Instant claimed = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
		int[] range = signature.getByteRange();
		if (!wellFormed(range, pdf)) {
			reasons.add(VerificationReason.MODIFIED_AFTER_SIGNING);
			return new Checked(signature, null, null, claimed);
		}
		if (end(range) != pdf.length) {
			reasons.add(VerificationReason.INCREMENTAL_UPDATE);
		}
		try {
			X509Certificate signer = CmsSignatures.check(signature.getContents(pdf), signature.getSignedContent(pdf));
			return new Checked(signature, range, signer, claimed);
		}
		catch (SigningRefused refused) {
			reasons.add(refused.reason() == SigningRefused.Reason.DIGEST_MISMATCH ? VerificationReason.MODIFIED_AFTER_SIGNING
					: VerificationReason.SIGNATURE_INVALID);
		}
		catch (IOException | RuntimeException ex) {
			reasons.add(VerificationReason.SIGNATURE_INVALID);
		}
		return new Checked(signature, range, null, claimed);
	}

	private void signer(Checked checked, Optional<IssuedDocument> record, boolean exact, Set<VerificationReason> reasons) {
		if (checked.signer() == null) {
			return;
		}
		Optional<SealCertificate> onFile = record.flatMap(r -> seals.findOnFile(r.insurerId(), checked.signer()));
		if (onFile.isEmpty()) {
			reasons.add(VerificationReason.UNKNOWN_SIGNER);
			return;
		}
		Instant at = exact ? record.get().signedAt() : checked.claimedAt() == null ? clock.instant() : checked.claimedAt();
		switch (onFile.get().standingAt(at)) {
			case EXPIRED -> reasons.add(VerificationReason.CERTIFICATE_EXPIRED);
			case NOT_YET_VALID -> reasons.add(VerificationReason.CERTIFICATE_NOT_YET_VALID);
			case REVOKED -> reasons.add(VerificationReason.CERTIFICATE_REVOKED);
			case VALID -> {
			}
		}
	}

	/** The policy number as the first signed revision states it (later revisions may have changed it). */
	private static String numberInSignedRevision(byte[] pdf, Checked first, String claimed) {
		if (first.byteRange() == null || end(first.byteRange()) == pdf.length) {
			return claimed;
		}
		try (PDDocument revision = Loader.loadPDF(Arrays.copyOf(pdf, (int) end(first.byteRange())))) {
			return revision.getDocumentInformation().getCustomMetadataValue("PolicyNumber");
		}
		catch (IOException | RuntimeException ex) {
			return claimed;
		}
	}

	private static boolean wellFormed(int[] range, byte[] pdf) {
		if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1] + 1
				|| range[3] < 0 || (long) range[2] + range[3] > pdf.length) {
			return false;
		}
		if (pdf[range[1]] != '<' || pdf[range[2] - 1] != '>') {
			return false;
		}
		for (int i = range[1] + 1; i < range[2] - 1; i++) {
			if (Character.digit(pdf[i], 16) < 0) {
				return false;
			}
		}
		return true;
	}

	private static long end(int[] range) {
		return (long) range[2] + range[3];
	}

}
