package io.suretyhub.project.web;

import io.suretyhub.project.ProjectRegistration;

/** The registration form's fields, as typed; checked by the registration itself. */
public class ProjectForm {

	private String name;

	private String areaCode;

	private String ownerName;

	private String contractPrice;

	private String address;

	private String type;

	private String works;

	private String kind;

	private String periodStart;

	private String periodEnd;

	private String permitNumber;

	private String permitDate;

	private String contractDate;

	ProjectRegistration registration(long contractorId) {
		return new ProjectRegistration(contractorId, name, areaCode, ownerName, contractPrice, address, type, works, kind,
				periodStart, periodEnd, permitNumber, permitDate, contractDate);
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


	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getWorks() {
		return works;
	}

	public void setWorks(String works) {
		this.works = works;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getPeriodStart() {
		return periodStart;
	}

	public void setPeriodStart(String periodStart) {
		this.periodStart = periodStart;
	}

	public String getPeriodEnd() {
		return periodEnd;
	}

	public void setPeriodEnd(String periodEnd) {
		this.periodEnd = periodEnd;
	}

	public String getPermitNumber() {
		return permitNumber;
	}

	public void setPermitNumber(String permitNumber) {
		this.permitNumber = permitNumber;
	}

	public String getPermitDate() {
		return permitDate;
	}

	public void setPermitDate(String permitDate) {
		this.permitDate = permitDate;
	}

	public String getContractDate() {
		return contractDate;
	}

	public void setContractDate(String contractDate) {
		this.contractDate = contractDate;
	}

}
