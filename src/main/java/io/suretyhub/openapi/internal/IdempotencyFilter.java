package io.suretyhub.openapi.internal;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Every POST to the open API carries an {@code Idempotency-Key}: the first answer is stored; the same
 * key with the same request (method, path, query and body) gets that answer again, marked
 * {@code Idempotent-Replayed: true}; with a different request it is refused (422). Runs after
 * {@link SignedRequestFilter}, so keys are per app id. Not a bean.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{8,100}");

	private final IdempotencyStore store;

	private final OpenProblems problems;

	IdempotencyFilter(IdempotencyStore store, OpenProblems problems) {
		this.store = store;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		if (key == null || !KEY.matcher(key).matches()) {
			refuse(HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_REQUIRED", request, response);
			return;
		}
		String appId = ((SystemCaller) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).appId();
		byte[] body = request instanceof CachedBodyRequest cached ? cached.body() : new byte[0];
		String hash = SigningRules.sha256Hex((request.getMethod() + "\n" + request.getRequestURI() + "\n"
				+ SigningRules.canonicalQuery(request.getQueryString()) + "\n" + SigningRules.sha256Hex(body))
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		if (!store.claim(appId, key, hash)) {
			replay(store.find(appId, key).orElse(null), hash, request, response);
			return;
		}
		var wrapper = new ContentCachingResponseWrapper(response);
		boolean done = false;
		try {
			chain.doFilter(request, wrapper);
			done = wrapper.getStatus() < 500;
		}
		finally {
			if (done) {
				store.complete(appId, key, wrapper.getStatus(), wrapper.getContentType(), wrapper.getContentAsByteArray());
			}
			else {
				store.release(appId, key);
			}
			wrapper.copyBodyToResponse();
		}
	}

	private void replay(IdempotencyStore.Stored stored, String hash, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (stored == null || stored.status() == null) {
			refuse(HttpStatus.CONFLICT, "IDEMPOTENCY_IN_PROGRESS", request, response);
		}
		else if (!stored.requestHash().equals(hash)) {
			refuse(HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED", request, response);
		}
		else {
			response.setStatus(stored.status());
			if (stored.contentType() != null) {
				response.setContentType(stored.contentType());
			}
			response.setHeader("Idempotent-Replayed", "true");
			response.getOutputStream().write(stored.body() == null ? new byte[0] : stored.body());
		}
	}

	private void refuse(HttpStatus status, String code, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		problems.write(problems.problem(new OpenApiRefusal(status, code, HEADER), request), response);
	}

}
