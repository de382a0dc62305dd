package io.suretyhub.openapi.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Two filter chains before the identity module's (which serves everything else): {@code /open/v1/**},
 * stateless, without sessions or CSRF (nothing rides on a cookie), authenticated by signature only; and
 * the public OpenAPI description {@code /v3/api-docs}, read-only.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain openApiFilterChain(HttpSecurity http, RequestAuthenticator authenticator,
			IdempotencyStore idempotency, OpenProblems problems) throws Exception {
		http.securityMatcher("/open/v1/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable())
			.addFilterAfter(new SignedRequestFilter(authenticator, problems), SecurityContextHolderFilter.class)
			.addFilterAfter(new IdempotencyFilter(idempotency, problems), SignedRequestFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(SystemCaller.AUTHORITY))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, ex) -> problems.write(
						problems.problem(new OpenApiRefusal(HttpStatus.UNAUTHORIZED, "SIGNATURE_HEADER_MISSING", null),
								request), response))
				.accessDeniedHandler((request, response, ex) -> problems.write(
						problems.problem(new OpenApiRefusal(HttpStatus.FORBIDDEN, "FORBIDDEN", null), request),
						response)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiDescriptionFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET).permitAll().anyRequest().denyAll());
		return http.build();
	}

}
