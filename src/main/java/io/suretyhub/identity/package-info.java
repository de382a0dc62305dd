/**
 * Identity: sign-in accounts (username, role, organisation and area), login with a password policy,
 * lockout after repeated failures, the TOTP second factor for every role but contractors, the one
 * Spring Security configuration of the application (headers, CSRF, session timeout, method security),
 * and the account administration page. The signed-in principal carries the viewer's
 * {@link io.suretyhub.shared.AccessScope} (R-GEO-2).
 * <p>
 * Other modules create accounts through {@link io.suretyhub.identity.Accounts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package io.suretyhub.identity;
