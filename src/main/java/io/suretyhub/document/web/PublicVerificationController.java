package io.suretyhub.document.web;

import java.io.IOException;
import java.util.Locale;

import io.suretyhub.document.internal.PublicVerification;
import io.suretyhub.document.internal.VerificationReport;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Public JSON verification (no login, rate-limited): by policy number and verification code, and by
 * uploading the PDF.
 */
@RestController
class PublicVerificationController {

	private final PublicVerification verification;

	private final MessageSource messages;

	PublicVerificationController(PublicVerification verification, MessageSource messages) {
		this.verification = verification;
		this.messages = messages;
	}

	/** The policy's key fields and status; 404 for an unknown number or a wrong code alike. */
	@GetMapping("/public/v1/policies/{number}")
	PublicPolicyView policy(@PathVariable String number, @RequestParam String code) {
		Locale locale = LocaleContextHolder.getLocale();
		return verification.find(number, code)
			.map(found -> PublicPolicyView.of(found,
					messages.getMessage("document.status." + found.status(), null, found.status(), locale)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Verifies an uploaded PDF; anything undecidable is "not verified", never valid. */
	@PostMapping(path = "/public/v1/verifications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	VerificationView verify(@RequestParam("file") MultipartFile file) throws IOException {
		return view(verification, verification.verify(file.getBytes()), messages, LocaleContextHolder.getLocale());
	}

	static VerificationView view(PublicVerification verification, VerificationReport report, MessageSource messages,
			Locale locale) {
		var reasons = report.reasons()
			.stream()
			.map(reason -> new VerificationView.Reason(reason.name(),
					messages.getMessage("document.verify.reason." + reason.name(), null, locale)))
			.toList();
		String status = report.verified() ? verification.statusOf(report.number()) : null;
		String issuer = report.document() == null ? null : report.document().insurerName();
		return new VerificationView(report.verified(), reasons, report.number(), status, issuer, report.signer(),
				report.signedAt(), report.sha256());
	}

}
