package io.suretyhub.payout.internal;

import java.util.Map;

import io.suretyhub.shared.AccessScope;

/** Which arrears cases a viewer sees: authorities their area, the insurer and its branch theirs, a contractor its own. */
final class Visibility {

	private Visibility() {
	}

	static String of(AccessScope viewer, String alias) {
		return switch (viewer.role()) {
			case REGION_AUTHORITY, FINANCIAL_REGULATOR, LOCAL_AUTHORITY -> alias + ".area_code LIKE :scopePrefix";
			case CONTRACTOR -> alias + ".contractor_id = :scopeOwn";
			case INSURER_ADMIN, INSURER_STAFF -> "(" + alias + ".insurer_id = :scopeOwn OR " + alias + ".branch_id = :scopeOwn)";
			default -> "FALSE";
		};
	}

	static Map<String, Object> parameters(AccessScope viewer) {
		return Map.of("scopePrefix", viewer.areaPrefix(), "scopeOwn", viewer.organisationId());
	}

}
