package io.suretyhub.document.web;

import java.io.IOException;

import io.suretyhub.document.internal.PublicVerification;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The public verification page: by number and code (also what the QR code opens), or by upload. */
@Controller
class VerifyPageController {

	private final PublicVerification verification;

	private final MessageSource messages;

	VerifyPageController(PublicVerification verification, MessageSource messages) {
		this.verification = verification;
		this.messages = messages;
	}

	@GetMapping("/public/verify")
	String page(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
			Model model) {
		model.addAttribute("number", number);
		model.addAttribute("code", code);
		if (number != null && code != null) {
			var found = verification.find(number, code);
			model.addAttribute("searched", true);
			found.ifPresent(f -> model.addAttribute("policy", PublicPolicyView.of(f, messages
				.getMessage("document.status." + f.status(), null, f.status(), LocaleContextHolder.getLocale()))));
		}
		return "document/verify";
	}

	@PostMapping("/public/verify")
	String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		var report = verification.verify(file.getBytes());
		model.addAttribute("result", PublicVerificationController.view(verification, report, messages,
				LocaleContextHolder.getLocale()));
		return "document/verify";
	}

}
