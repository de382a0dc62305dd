package io.suretyhub.project;

/** The project types in scope (R-PRJ-1, W Art 2); texts are {@code project.type.<NAME>}. */
public enum ProjectType {

	HOUSING, MUNICIPAL, TRANSPORT, WATER, RAILWAY, CIVIL_AVIATION, TELECOM, POWER, ENERGY, OTHER_INFRASTRUCTURE

}
