package io.suretyhub.identity.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.time.Clock;

import io.suretyhub.identity.internal.AccountRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The application's one security filter chain: form login, TOTP second factor, CSRF everywhere,
 * strict headers, 401 for the API, and method security for {@code @PreAuthorize} in every module.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	private static final String[] PUBLIC = { "/login", "/login/**", "/webjars/**", "/css/**", "/js/**",
			"/favicon.ico", "/error", "/public/**", "/api/v1/calendar/**", "/actuator/health", "/actuator/health/**" };

	/**
	 * Every authorisation rule (URLs and {@code @PreAuthorize}) asks an account whose role needs a second
	 * factor for both its password and its TOTP code; contractors need the password only.
	 */
	@Bean
	AuthorizationManagerFactory<Object> authorizationManagerFactory() {
		return AuthorizationManagerFactories.multiFactor()
			.requireFactors(FactorGrantedAuthority.PASSWORD_AUTHORITY, SecondFactorSignIn.TOTP_AUTHORITY)
			.when(SecondFactorSignIn::needsSecondFactor)
			.build();
	}

	/**
	 * Checks the password before the account's state, so that a locked account costs the same work as
	 * any other and cannot be told apart by the time the answer takes.
	 */
	@Bean
	DaoAuthenticationProvider authenticationProvider(AccountRepository accounts, Clock clock, PasswordEncoder encoder) {
		var provider = new DaoAuthenticationProvider(new AccountDetailsService(accounts, clock));
		provider.setPasswordEncoder(encoder);
		provider.setPreAuthenticationChecks(account -> {
		});
		provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return provider;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInHandlers handlers) throws Exception {
		RequestMatcher api = pathPattern("/api/**");
		AuthenticationEntryPoint apiEntryPoint = new ApiAuthenticationEntryPoint();
		AuthenticationEntryPoint signIn = DelegatingAuthenticationEntryPoint.builder()
			.addEntryPointFor(apiEntryPoint, api)
			.defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
			.build();
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login/totp", "/login/totp/**")
			.access(AuthorityAuthorizationManager.hasAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY))
			.requestMatchers(PUBLIC)
			.permitAll()
			.requestMatchers("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**")
			.hasRole("SYSTEM_ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").successHandler(handlers).failureHandler(handlers))
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler(handlers)
				.logoutSuccessUrl("/login?logout")
				.deleteCookies("SESSION", "JSESSIONID"))
			// the public JSON API (verification) carries no session, so no cross-site request can ride on one
			.csrf(csrf -> csrf.ignoringRequestMatchers("/public/v1/**"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signIn)
				.defaultDeniedHandlerForMissingAuthority(
						entryPoints -> entryPoints.addEntryPointFor(apiEntryPoint, api)
							.defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login/totp")),
						SecondFactorSignIn.TOTP_AUTHORITY))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

}
