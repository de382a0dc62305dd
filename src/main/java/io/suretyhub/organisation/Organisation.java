package io.suretyhub.organisation;

import java.time.Instant;

import io.suretyhub.shared.AreaCode;

/**
 * A registered organisation.
 *
 * @param id its id
 * @param name its registered name
 * @param kind what it is
 * @param area where it is located
 * @param creditCode its unified social credit code; {@code null} where none was given
 * @param parentId for an insurer's prefecture branch, its region branch; else {@code null}
 * @param address its address; may be {@code null}
 * @param contactPerson the contact person; may be {@code null}
 * @param contactPhone the contact phone, unmasked: personal data, mask it wherever it is shown
 * @param registeredAt when it was registered
 */
public record Organisation(long id, String name, OrganisationKind kind, AreaCode area, String creditCode, Long parentId,
		String address, String contactPerson, String contactPhone, Instant registeredAt) {

	public boolean isContractor() {
		return kind == OrganisationKind.CONTRACTOR;
	}

}
