package io.suretyhub.obligation;

/**
 * What an obligation is about, in the owning module's terms: {@code policy-application/42}.
 *
 * @param type a stable kind name, lower case with dashes
 * @param id the subject's id in its module
 */
public record Subject(String type, String id) {

	public Subject {
		if (type == null || !type.matches("[a-z][a-z0-9-]{0,39}") || id == null || id.isBlank() || id.length() > 64) {
			throw new IllegalArgumentException("A subject is a type (a-z, 0-9, -) and an id: " + type + "/" + id);
		}
	}

	@Override
	public String toString() {
		return type + "/" + id;
	}

}
