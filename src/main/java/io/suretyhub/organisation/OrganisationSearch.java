package io.suretyhub.organisation;

import io.suretyhub.shared.AreaCode;

/**
 * Filters for listing organisations; each may be {@code null}. The viewer's scope applies on top.
 *
 * @param text part of the name, or a whole credit code
 * @param kind only this kind
 * @param area only organisations in this area or below it
 */
public record OrganisationSearch(String text, OrganisationKind kind, AreaCode area) {

	public static OrganisationSearch all() {
		return new OrganisationSearch(null, null, null);
	}

}
