package io.suretyhub.project.internal;

import java.util.Map;

import io.suretyhub.area.Areas;
import io.suretyhub.shared.AccessScope;

/**
 * Which projects a viewer may see, as an SQL condition on the alias {@code p} (R-GEO-2, R-INS-4): the
 * region authority and the financial regulator every project of their region; a local authority
 * those in its area (a prefecture official its counties' too); a contractor its own; insurer staff
 * those in the prefecture of their branch (the scope's area; an account of the insurer's region
 * branch therefore sees the region); anyone else none.
 */
record ProjectVisibility(String condition, Map<String, Object> parameters) {

	ProjectVisibility {
		condition = "(" + condition + ")";
	}

	static ProjectVisibility of(AccessScope scope) {
		return switch (scope.role()) {
			case REGION_AUTHORITY, FINANCIAL_REGULATOR -> inside(Areas.likePattern(scope.area().region()));
			case LOCAL_AUTHORITY -> inside(scope.areaPrefix());
			case INSURER_ADMIN, INSURER_STAFF -> inside(Areas.likePattern(scope.area().prefecture()));
			case CONTRACTOR -> new ProjectVisibility("p.contractor_id = :scopeOwn",
					Map.of("scopeOwn", scope.organisationId()));
			default -> new ProjectVisibility("FALSE", Map.of());
		};
	}

	private static ProjectVisibility inside(String pattern) {
		return new ProjectVisibility("p.area_code LIKE :scopePrefix", Map.of("scopePrefix", pattern));
	}

}
