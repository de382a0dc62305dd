package io.suretyhub.project;

/** The kinds of works in scope (R-PRJ-1, W Art 2); texts are {@code project.works.<NAME>}. */
public enum ProjectWorks {

	BUILDING, LINES_AND_PIPELINES, EQUIPMENT_INSTALLATION, DECORATION, LANDSCAPING

}
