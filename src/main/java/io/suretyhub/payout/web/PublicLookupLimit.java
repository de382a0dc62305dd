package io.suretyhub.payout.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.suretyhub.payout.internal.PayoutSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The public worker look-up is open to anyone, so each client address gets
 * {@code suretyhub.payout.lookups-per-minute} look-ups (POST) per clock minute (default 10); beyond that 429
 * with {@code Retry-After}.
 */
@Configuration(proxyBeanMethods = false)
class PublicLookupLimit implements WebMvcConfigurer, HandlerInterceptor {

	private final int perMinute;

	private final Clock clock;

	private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	private volatile long minute;

	PublicLookupLimit(PayoutSettings settings, Clock clock) {
		this.perMinute = settings.lookupsPerMinute();
		this.clock = clock;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/public/payouts");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		if (!"POST".equals(request.getMethod())) {
			return true;
		}
		long now = clock.millis() / 60_000;
		if (now != minute) {
			counts.clear();
			minute = now;
		}
		if (counts.computeIfAbsent(request.getRemoteAddr(), key -> new AtomicInteger()).incrementAndGet() <= perMinute) {
			return true;
		}
		response.setHeader("Retry-After", String.valueOf(60 - clock.millis() / 1000 % 60));
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
		return false;
	}

}
