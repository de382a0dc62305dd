package io.suretyhub.seal.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.suretyhub.organisation.Organisation;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.seal.HostedKeyRequest;
import io.suretyhub.seal.KeyType;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The insurer admin's seal certificate page: its certificates with their standing, upload of a PEM or DER
 * certificate, a key the platform holds (certificate from the DEMO CA in development), and revocation.
 * Refusals come back as messages on the page; nothing is stored then.
 */
@Controller
@RequestMapping("/insurer/certificates")
@PreAuthorize("hasRole('INSURER_ADMIN')")
class SealCertificatePages {

	private static final String PAGE = "redirect:/insurer/certificates";

	static final long MAX_BYTES = 64 * 1024;

	private final SealCertificates certificates;

	private final Organisations organisations;

	private final MessageSource messages;

	private final Clock clock;

	SealCertificatePages(SealCertificates certificates, Organisations organisations, MessageSource messages,
			Clock clock) {
		this.certificates = certificates;
		this.organisations = organisations;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String page(AccessScope scope, Model model) {
		Organisation insurer = organisations.find(scope.organisationId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("insurerName", insurer.name());
		model.addAttribute("keyTypes", KeyType.values());
		model.addAttribute("certificates", certificates.listByInsurer(scope.organisationId()).stream()
			.map(c -> CertificateView.of(c, clock.instant())).toList());
		return "seal/certificates";
	}

	@PostMapping("/upload")
	String upload(@RequestParam(required = false) MultipartFile file, AccessScope scope, Locale locale,
			RedirectAttributes redirect) {
		return run("seal.page.done.uploaded", locale, redirect, () -> {
			if (file == null || file.isEmpty()) {
				throw new RuleViolation("R-POL-5", "seal.page.error.noFile");
			}
			if (file.getSize() > MAX_BYTES) {
				throw new RuleViolation("R-POL-5", "seal.page.error.tooLarge", MAX_BYTES / 1024);
			}
			certificates.register(scope.organisationId(), file.getBytes());
		});
	}

	@PostMapping("/hosted")
	String hosted(@RequestParam(required = false) String keyType, AccessScope scope, Locale locale,
			RedirectAttributes redirect) {
		return run("seal.page.done.hosted", locale, redirect, () -> {
			KeyType type = List.of(KeyType.values()).stream().filter(k -> k.name().equals(keyType)).findFirst()
				.orElseThrow(() -> new RuleViolation("R-POL-5", "seal.page.error.keyType"));
			String name = organisations.find(scope.organisationId()).map(Organisation::name).orElseThrow();
			certificates.createHosted(scope.organisationId(), new HostedKeyRequest(name, type));
		});
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, @RequestParam(required = false) String reason, AccessScope scope,
			Locale locale, RedirectAttributes redirect) {
		certificates.find(scope.organisationId(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return run("seal.page.done.revoked", locale, redirect, () -> {
			String why = reason == null ? "" : reason.strip();
			if (why.isEmpty() || why.length() > 500) {
				throw new RuleViolation("R-POL-5", "seal.page.error.reason");
			}
			certificates.revoke(scope.organisationId(), id, why);
		});
	}

	private String run(String doneKey, Locale locale, RedirectAttributes redirect, Action action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", messages.getMessage(doneKey, null, locale));
		}
		catch (RuleViolation refused) {
			redirect.addFlashAttribute("errors", List.of(
					messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), locale)));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return PAGE;
	}

	/** A page action. */
	private interface Action {

		void run() throws IOException;

	}

}
