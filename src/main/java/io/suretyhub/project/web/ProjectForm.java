package io.suretyhub.project.web;

import io.suretyhub.project.ProjectRegistration;

/** The registration form's fields, as typed; checked by the registration itself. */
public class ProjectForm {

	private String name;

	private String areaCode;

	private String ownerName;

	private String contractPrice;

	private String address;

	ProjectRegistration registration(long contractorId) {
		return new ProjectRegistration(contractorId, name, areaCode, ownerName, contractPrice, address);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAreaCode() {
		return areaCode;
	}

	public void setAreaCode(String areaCode) {
		this.areaCode = areaCode;
	}

	public String getOwnerName() {
		return ownerName;
	}

	public void setOwnerName(String ownerName) {
		this.ownerName = ownerName;
	}

	public String getContractPrice() {
		return contractPrice;
	}

	public void setContractPrice(String contractPrice) {
		this.contractPrice = contractPrice;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

}
