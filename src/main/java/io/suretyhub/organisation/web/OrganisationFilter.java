package io.suretyhub.organisation.web;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationSearch;
import io.suretyhub.shared.AreaCode;

/** The list's query parameters, read leniently: an unknown kind or area filters nothing. */
record OrganisationFilter(String q, String kind, String area) {

	OrganisationSearch search() {
		return new OrganisationSearch(q, OrganisationKind.fromName(kind), AreaCode.isValid(area) ? AreaCode.of(area) : null);
	}

}
