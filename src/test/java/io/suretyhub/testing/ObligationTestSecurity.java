package io.suretyhub.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Until the identity branch's security configuration is merged: what it will do for the calendar and
 * obligation URLs (public calendar API, method security, sign-in required elsewhere), limited to those
 * URLs so that it cannot clash with the real configuration once both exist.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
public class ObligationTestSecurity {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain calendarAndObligationUrls(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/v1/calendar/**", "/inbox/**", "/warnings/**", "/admin/calendar/**")
			.authorizeHttpRequests(urls -> urls.requestMatchers(HttpMethod.GET, "/api/v1/calendar/**")
				.permitAll()
				.requestMatchers("/api/v1/calendar/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(Customizer.withDefaults());
		return http.build();
	}

}
