package io.suretyhub.document.web;

import java.io.IOException;
import java.util.Locale;

import io.suretyhub.document.internal.PublicVerification;
import io.suretyhub.document.internal.VerificationReport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

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
@Tag(name = "Public verification", description = "No login, no signature; rate-limited per address (R-POL-5)")
class PublicVerificationController {

	private static final String RATE_LIMITED = "429";

	private static final String RATE_LIMIT_TEXT = "Too many verifications from this address in the last minute";

	private final PublicVerification verification;

	private final MessageSource messages;

	PublicVerificationController(PublicVerification verification, MessageSource messages) {
		this.verification = verification;
		this.messages = messages;
	}

	/** The policy's key fields and status; 404 for an unknown number or a wrong code alike. */
	@Operation(summary = "Verify a policy by its number and verification code (no login)",
			description = "Key fields with personal data masked, the issuer and when it signed. An unknown number and a "
					+ "wrong code answer 404 alike. Texts follow Accept-Language (Chinese without one).")
	@ApiResponse(responseCode = "200", description = "The policy")
	@ApiResponse(responseCode = "400", description = "The code parameter is missing",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = PublicProblem.class)))
	@ApiResponse(responseCode = "404", description = "No policy with this number and code",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = PublicProblem.class)))
	@ApiResponse(responseCode = RATE_LIMITED, description = RATE_LIMIT_TEXT,
			headers = @Header(name = "Retry-After", description = "Seconds until the next request is accepted",
					schema = @Schema(type = "integer")))
	@GetMapping("/public/v1/policies/{number}")
	PublicPolicyView policy(
			@Parameter(description = "The policy number", example = "WG-650100-2026-00031-000042") @PathVariable String number,
			@Parameter(description = "The verification code printed on the policy (case-insensitive)",
					example = "K7M2Q9XW4P") @RequestParam String code) {
		Locale locale = LocaleContextHolder.getLocale();
		return verification.find(number, code)
			.map(found -> PublicPolicyView.of(found,
					messages.getMessage("document.status." + found.status(), null, found.status(), locale)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Verifies an uploaded PDF; anything undecidable is "not verified", never valid. */
	@Operation(summary = "Verify an uploaded policy PDF (no login)",
			description = "Is the signature valid and over the whole file, is the signer a certificate on file for the "
					+ "insurer and valid at signing time, and is it byte for byte the document the platform issued. "
					+ "Anything that cannot be decided is reported as not verified, never as valid.")
	@ApiResponse(responseCode = "200", description = "The result; verified is true only when every check passed")
	@ApiResponse(responseCode = "400", description = "No file part",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = PublicProblem.class)))
	@ApiResponse(responseCode = RATE_LIMITED, description = RATE_LIMIT_TEXT,
			headers = @Header(name = "Retry-After", description = "Seconds until the next request is accepted",
					schema = @Schema(type = "integer")))
	@PostMapping(path = "/public/v1/verifications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	VerificationView verify(@Parameter(description = "The policy PDF") @RequestParam("file") MultipartFile file)
			throws IOException {
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
