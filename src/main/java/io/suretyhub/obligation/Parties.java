package io.suretyhub.obligation;

import io.suretyhub.shared.AreaCode;

/**
 * Who owes an obligation and to whom.
 *
 * @param owedBy the organisation that must act
 * @param owedToOrganisation the organisation it is owed to, if any
 * @param owedToAuthority the authority's area it is owed to, if it is owed to an authority
 */
public record Parties(long owedBy, Long owedToOrganisation, AreaCode owedToAuthority) {

	public Parties {
		if (owedToOrganisation == null && owedToAuthority == null) {
			throw new IllegalArgumentException("An obligation is owed to an organisation or an authority");
		}
	}

	public static Parties toOrganisation(long owedBy, long owedTo) {
		return new Parties(owedBy, owedTo, null);
	}

	public static Parties toAuthority(long owedBy, AreaCode authority) {
		return new Parties(owedBy, null, authority);
	}

}
