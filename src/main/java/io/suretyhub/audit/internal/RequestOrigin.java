package io.suretyhub.audit.internal;

import jakarta.servlet.http.HttpServletRequest;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is acting and from which address, as far as the current thread knows. */
@Component
class RequestOrigin {

	static final String ANONYMOUS = "anonymous";

	static final String SYSTEM = "system";

	private static final int MAX_ADDRESS_LENGTH = 64;

	private final boolean trustForwardedFor;

	RequestOrigin(AuditSettings settings) {
		this.trustForwardedFor = settings.trustForwardedFor();
	}

	/** The signed-in user, else the event's actor, else {@code anonymous} in a request or {@code system}. */
	String actor(AuditEvent event) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return authentication.getPrincipal() instanceof AccessScope.Holder holder ? holder.scope().username()
					: authentication.getName();
		}
		if (StringUtils.hasText(event.actor())) {
			return event.actor();
		}
		return currentRequest() != null ? ANONYMOUS : SYSTEM;
	}

	/** The client address of the current request, or {@code null} outside one. */
	String sourceAddress() {
		HttpServletRequest request = currentRequest();
		if (request == null) {
			return null;
		}
		String address = request.getRemoteAddr();
		String forwarded = trustForwardedFor ? request.getHeader("X-Forwarded-For") : null;
		if (forwarded != null && StringUtils.hasText(forwarded.split(",")[0])) {
			address = forwarded.split(",")[0].trim();
		}
		return address == null || address.length() <= MAX_ADDRESS_LENGTH ? address
				: address.substring(0, MAX_ADDRESS_LENGTH);
	}

	private static HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

}
