package io.suretyhub.insurer.internal;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.seal.InsurerAccess;

import org.springframework.stereotype.Component;

/**
 * Seal certificates and e-policy documents of an insurer are managed by its own admins and by the admins
 * of its region branch (the filing party), for every prefecture branch under it.
 */
@Component
class RegionBranchAccess implements InsurerAccess {

	private final Organisations organisations;

	RegionBranchAccess(Organisations organisations) {
		this.organisations = organisations;
	}

	@Override
	public boolean mayManage(long organisationId, long insurerId) {
		if (organisationId == insurerId) {
			return true;
		}
		return organisations.find(insurerId)
			.filter(o -> o.kind() == OrganisationKind.INSURER_BRANCH)
			.map(o -> o.parentId() != null && o.parentId() == organisationId)
			.orElse(false);
	}

}
