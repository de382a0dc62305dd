package io.suretyhub.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.suretyhub.identity.internal.Base32;
import io.suretyhub.identity.internal.SecondFactor;
import io.suretyhub.identity.internal.SecondFactor.Verdict;
import io.suretyhub.identity.security.SecondFactorSignIn;
import io.suretyhub.identity.security.SignedInAccount;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second-factor pages, the only ones an account that passed its password but not yet its code can
 * reach: enrolment (QR code and secret, confirmed by a first code) and the code prompt.
 */
@Controller
@RequestMapping("/login/totp")
class SecondFactorController {

	private static final String PROMPT = "identity/totp";

	private static final String ENROL = "identity/totp-enrol";

	private final SecondFactorSignIn signIn;

	private final SecondFactor secondFactor;

	SecondFactorController(SecondFactorSignIn signIn, SecondFactor secondFactor) {
		this.signIn = signIn;
		this.secondFactor = secondFactor;
	}

	@GetMapping
	String prompt() {
		SignedInAccount account = signIn.pending();
		if (account == null) {
			return "redirect:/";
		}
		return secondFactor.isEnrolled(account.getId()) ? PROMPT : "redirect:/login/totp/enrol";
	}

	@PostMapping
	String verify(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		SignedInAccount account = signIn.pending();
		if (account == null) {
			return "redirect:/";
		}
		return outcome(secondFactor.verify(account.getId(), code), PROMPT, model, request, response);
	}

	@GetMapping("/enrol")
	String enrolment(Model model) {
		SignedInAccount account = signIn.pending();
		if (account == null) {
			return "redirect:/";
		}
		if (secondFactor.isEnrolled(account.getId())) {
			return "redirect:/login/totp";
		}
		return enrolmentPage(account, model);
	}

	@PostMapping("/enrol")
	String confirm(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		SignedInAccount account = signIn.pending();
		if (account == null) {
			return "redirect:/";
		}
		String view = outcome(secondFactor.confirmEnrolment(account.getId(), code), ENROL, model, request, response);
		return ENROL.equals(view) ? enrolmentPage(account, model) : view;
	}

	private String enrolmentPage(SignedInAccount account, Model model) {
		var enrolment = secondFactor.pendingEnrolment(account.getId());
		model.addAttribute("secret", Base32.grouped(enrolment.secret()));
		model.addAttribute("qrCode", QrCodes.dataUri(enrolment.uri()));
		return ENROL;
	}

	private String outcome(Verdict verdict, String page, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		switch (verdict) {
			case ACCEPTED -> {
				signIn.complete(request, response);
				return "redirect:/";
			}
			case LOCKED -> {
				signIn.abort(request, response);
				return "redirect:/login?error";
			}
			default -> {
				model.addAttribute("codeRejected", true);
				return page;
			}
		}
	}

}
