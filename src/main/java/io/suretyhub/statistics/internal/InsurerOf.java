package io.suretyhub.statistics.internal;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.Organisations;

import org.springframework.stereotype.Component;

/** The insurer an organisation belongs to: itself, or a branch's parent; {@code null} for anyone else. */
@Component
class InsurerOf {

	private final Organisations organisations;

	InsurerOf(Organisations organisations) {
		this.organisations = organisations;
	}

	Long organisation(long organisationId) {
		return organisations.find(organisationId)
			.map(o -> o.kind() == OrganisationKind.INSURER ? Long.valueOf(o.id())
					: o.kind() == OrganisationKind.INSURER_BRANCH ? o.parentId() : null)
			.orElse(null);
	}

}
