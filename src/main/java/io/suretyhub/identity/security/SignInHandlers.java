package io.suretyhub.identity.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.suretyhub.identity.internal.SignInAttempts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after the password step and at sign-out: failures are counted (one message for every
 * cause), an account that needs a second factor is sent to it, the others are signed in.
 */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {

	static final String FAILURE_URL = "/login?error";

	private final SignInAttempts attempts;

	private final SecondFactorSignIn secondFactor;

	private final int idleSeconds;

	SignInHandlers(SignInAttempts attempts, SecondFactorSignIn secondFactor,
			@Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) {
		this.attempts = attempts;
		this.secondFactor = secondFactor;
		this.idleSeconds = (int) idleTimeout.toSeconds();
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		request.getSession().setMaxInactiveInterval(idleSeconds);
		SignedInAccount account = (SignedInAccount) authentication.getPrincipal();
		if (SecondFactorSignIn.needsSecondFactor(authentication)) {
			secondFactor.hold(authentication, request, response);
			response.sendRedirect(request.getContextPath() + "/login/totp");
			return;
		}
		attempts.completed(account.getId());
		response.sendRedirect(request.getContextPath() + "/");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		attempts.failed(request.getParameter("username"));
		response.sendRedirect(request.getContextPath() + FAILURE_URL);
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount account) {
			attempts.signedOut(account.getId());
		}
	}

}
