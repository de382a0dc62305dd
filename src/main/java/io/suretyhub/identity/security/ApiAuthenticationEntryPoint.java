package io.suretyhub.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** API calls without a (complete) sign-in get 401 with a problem document, never a redirect to a page. */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private static final String BODY = """
			{"type":"about:blank","title":"Unauthorized","status":401,"detail":"Sign in first"}""";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(BODY);
	}

}
