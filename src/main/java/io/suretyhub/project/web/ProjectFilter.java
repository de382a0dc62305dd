package io.suretyhub.project.web;

import io.suretyhub.project.ProjectSearch;
import io.suretyhub.shared.AreaCode;

/** The list's query parameters, read leniently: an unknown area filters nothing. */
record ProjectFilter(String q, String area) {

	ProjectSearch search() {
		return new ProjectSearch(q, AreaCode.isValid(area) ? AreaCode.of(area) : null);
	}

}
