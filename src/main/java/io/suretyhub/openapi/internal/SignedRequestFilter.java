package io.suretyhub.openapi.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every request of the open API's filter chain by its signature; a refused request is
 * answered here with its problem and goes no further. Not a bean: it runs only inside that chain.
 */
final class SignedRequestFilter extends OncePerRequestFilter {

	static final int MAX_BODY = 1024 * 1024;

	private final RequestAuthenticator authenticator;

	private final OpenProblems problems;

	SignedRequestFilter(RequestAuthenticator authenticator, OpenProblems problems) {
		this.authenticator = authenticator;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		try {
			if (body.length > MAX_BODY) {
				throw new OpenApiRefusal(HttpStatus.CONTENT_TOO_LARGE, "BODY_TOO_LARGE", null);
			}
			SystemCaller caller = authenticator.authenticate(new RequestAuthenticator.SignedRequest(
					request.getHeader(SigningRules.APP_ID), request.getHeader(SigningRules.TIMESTAMP),
					request.getHeader(SigningRules.NONCE), request.getHeader(SigningRules.SIGNATURE), request.getMethod(),
					request.getRequestURI(), request.getQueryString(), body));
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null,
					List.of(new SimpleGrantedAuthority(SystemCaller.AUTHORITY))));
			SecurityContextHolder.setContext(context);
		}
		catch (OpenApiRefusal refusal) {
			problems.write(problems.problem(refusal, request), response);
			return;
		}
		catch (IllegalArgumentException malformedQuery) {
			problems.write(problems.problem(new OpenApiRefusal(HttpStatus.UNAUTHORIZED, "SIGNATURE_INVALID",
					SigningRules.SIGNATURE), request), response);
			return;
		}
		try {
			chain.doFilter(new CachedBodyRequest(request, body), response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
