package io.suretyhub.identity.web;

import io.suretyhub.identity.security.SecondFactorSignIn;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (the form posts to Spring Security's {@code POST /login}). */
@Controller
class LoginController {

	private final SecondFactorSignIn secondFactor;

	LoginController(SecondFactorSignIn secondFactor) {
		this.secondFactor = secondFactor;
	}

	@GetMapping("/login")
	String login(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return "identity/login";
		}
		return secondFactor.pending() != null ? "redirect:/login/totp" : "redirect:/";
	}

}
