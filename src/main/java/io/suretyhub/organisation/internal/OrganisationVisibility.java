package io.suretyhub.organisation.internal;

import java.util.Map;

import io.suretyhub.area.Areas;
import io.suretyhub.shared.AccessScope;

/**
 * Which organisations a viewer may see, as an SQL condition on the alias {@code o} (R-GEO-2): the
 * region authority, the financial regulator and the system administrator see every organisation of
 * their region; a local authority those located in its area; anyone else only its own organisation
 * and that organisation's branches.
 */
record OrganisationVisibility(String condition, Map<String, Object> parameters) {

	OrganisationVisibility {
		condition = "(" + condition + ")";
	}

	static OrganisationVisibility of(AccessScope scope) {
		return switch (scope.role()) {
			case REGION_AUTHORITY, FINANCIAL_REGULATOR, SYSTEM_ADMIN -> new OrganisationVisibility(
					"o.area_code LIKE :scopePrefix", Map.of("scopePrefix", Areas.likePattern(scope.area().region())));
			case LOCAL_AUTHORITY -> new OrganisationVisibility("o.area_code LIKE :scopePrefix",
					Map.of("scopePrefix", scope.areaPrefix()));
			default -> new OrganisationVisibility("(o.id = :scopeOwn OR o.parent_id = :scopeOwn)",
					Map.of("scopeOwn", scope.organisationId()));
		};
	}

}
