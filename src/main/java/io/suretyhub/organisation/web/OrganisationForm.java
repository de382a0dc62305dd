package io.suretyhub.organisation.web;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;

/** The create form's fields, as typed; checked by the registration itself. */
public class OrganisationForm {

	private String name;

	private String kind;

	private String areaCode;

	private String creditCode;

	private String parentId;

	private String address;

	private String contactPerson;

	private String contactPhone;

	OrganisationRegistration registration() {
		Long parent = null;
		if (parentId != null && !parentId.isBlank()) {
			parent = parentId.strip().matches("\\d{1,18}") ? Long.valueOf(parentId.strip()) : -1L;
		}
		return new OrganisationRegistration(name, OrganisationKind.fromName(kind), areaCode, creditCode, parent, address,
				contactPerson, contactPhone);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getAreaCode() {
		return areaCode;
	}

	public void setAreaCode(String areaCode) {
		this.areaCode = areaCode;
	}

	public String getCreditCode() {
		return creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = creditCode;
	}

	public String getParentId() {
		return parentId;
	}

	public void setParentId(String parentId) {
		this.parentId = parentId;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getContactPerson() {
		return contactPerson;
	}

	public void setContactPerson(String contactPerson) {
		this.contactPerson = contactPerson;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

}
