package io.suretyhub.document.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import io.suretyhub.document.internal.DocumentSettings;
import io.suretyhub.document.internal.TokenBuckets;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Public verification is open to anyone, so it is rate-limited against enumeration: each client
 * address gets {@code suretyhub.document.verifications-per-minute} verification requests (page, by
 * number, by upload) a minute (default 30); beyond that 429 with {@code Retry-After}.
 */
@Configuration(proxyBeanMethods = false)
class PublicRateLimit implements WebMvcConfigurer, HandlerInterceptor {

	private final TokenBuckets buckets;

	PublicRateLimit(DocumentSettings settings, Clock clock) {
		this.buckets = new TokenBuckets(settings.verificationsPerMinute(), clock);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/public/verify", "/public/v1/policies/**", "/public/v1/verifications");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		Duration wait = buckets.take(request.getRemoteAddr());
		if (wait.isZero()) {
			return true;
		}
		response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
		return false;
	}

}
