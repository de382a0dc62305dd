package io.suretyhub.project;

import io.suretyhub.shared.AreaCode;

/**
 * Filters for listing projects; each may be {@code null}. The viewer's scope applies on top.
 *
 * @param text part of the project name, the owner's name or the address
 * @param area only projects in this area or below it
 */
public record ProjectSearch(String text, AreaCode area) {

	public static ProjectSearch all() {
		return new ProjectSearch(null, null);
	}

}
