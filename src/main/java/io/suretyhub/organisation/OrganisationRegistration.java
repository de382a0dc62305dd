package io.suretyhub.organisation;

/**
 * What registering an organisation takes; checked field by field by
 * {@link Organisations#register(OrganisationRegistration)}. Build it with {@link #of} and the
 * {@code with…} methods.
 *
 * @param name the registered name, at most 200 characters
 * @param kind what it is
 * @param areaCode where it is located, a code of the area tree at a level the kind allows
 * @param creditCode the unified social credit code: required for insurers' region branches and
 * contractors, checksum checked, unique
 * @param parentId for an insurer's prefecture branch, the insurer's region branch
 * @param address the address, at most 300 characters
 * @param contactPerson the contact person, at most 50 characters
 * @param contactPhone a mobile ({@code 13812345678}) or landline ({@code 0991-1234567}) number
 */
public record OrganisationRegistration(String name, OrganisationKind kind, String areaCode, String creditCode,
		Long parentId, String address, String contactPerson, String contactPhone) {

	public static OrganisationRegistration of(OrganisationKind kind, String name, String areaCode) {
		return new OrganisationRegistration(name, kind, areaCode, null, null, null, null, null);
	}

	public OrganisationRegistration withCreditCode(String code) {
		return new OrganisationRegistration(name, kind, areaCode, code, parentId, address, contactPerson, contactPhone);
	}

	public OrganisationRegistration withParent(Long parent) {
		return new OrganisationRegistration(name, kind, areaCode, creditCode, parent, address, contactPerson, contactPhone);
	}

	public OrganisationRegistration withContact(String newAddress, String person, String phone) {
		return new OrganisationRegistration(name, kind, areaCode, creditCode, parentId, newAddress, person, phone);
	}

}
