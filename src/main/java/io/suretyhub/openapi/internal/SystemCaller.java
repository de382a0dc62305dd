package io.suretyhub.openapi.internal;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;

/**
 * The principal of a signed request: the insurer system. Its {@link AccessScope} is the insurer's
 * (organisation = the insurer, role insurer admin), so every module API filters to that insurer's data.
 */
public record SystemCaller(long systemId, String appId, long insurerId, String insurerArea)
		implements AccessScope.Holder {

	public static final String AUTHORITY = "ROLE_INSURER_SYSTEM";

	@Override
	public AccessScope scope() {
		return new AccessScope(0, "system:" + appId, insurerId, AreaCode.of(insurerArea), Role.INSURER_ADMIN);
	}

}
