package io.suretyhub.identity.security;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The state between the two factors. After the password an account whose role needs a second factor
 * holds {@code FACTOR_PASSWORD} only, without its role; every authorisation rule also asks it for
 * {@value #TOTP_AUTHORITY} (see {@link SecurityConfiguration}). Once the code was right this class adds
 * the factor and the role.
 */
@Component
public class SecondFactorSignIn {

	public static final String TOTP_AUTHORITY = "FACTOR_TOTP";

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final Clock clock;

	SecondFactorSignIn(Clock clock) {
		this.clock = clock;
	}

	static boolean needsSecondFactor(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof SignedInAccount account
				&& account.getRole().requiresSecondFactor();
	}

	static boolean hasSecondFactor(Authentication authentication) {
		return authentication.getAuthorities().stream().anyMatch(a -> TOTP_AUTHORITY.equals(a.getAuthority()));
	}

	/** The account that passed its password and still owes its second factor, if that is who is asking. */
	public SignedInAccount pending() {
		Authentication authentication = contexts.getContext().getAuthentication();
		if (needsSecondFactor(authentication) && !hasSecondFactor(authentication)) {
			return (SignedInAccount) authentication.getPrincipal();
		}
		return null;
	}

	/** The password was right: keeps the password factor only, until the second factor is passed. */
	void hold(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		save(authentication.toBuilder()
			.authorities(authorities -> authorities.removeIf(a -> !(a instanceof FactorGrantedAuthority)))
			.build(), request, response);
	}

	/** The second factor was right: adds it and the role to the authentication, under a new session id. */
	public void complete(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = contexts.getContext().getAuthentication();
		var factor = FactorGrantedAuthority.withAuthority(TOTP_AUTHORITY).issuedAt(clock.instant()).build();
		var role = ((SignedInAccount) current.getPrincipal()).getAuthorities();
		request.changeSessionId();
		save(current.toBuilder().authorities(authorities -> {
			authorities.add(factor);
			authorities.addAll(role);
		}).build(), request, response);
	}

	private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		var context = contexts.createEmptyContext();
		context.setAuthentication(authentication);
		contexts.setContext(context);
		repository.saveContext(context, request, response);
	}

	/** The account was locked while owing its second factor: the half sign-in ends. */
	public void abort(HttpServletRequest request, HttpServletResponse response) {
		new SecurityContextLogoutHandler().logout(request, response, contexts.getContext().getAuthentication());
	}

}
