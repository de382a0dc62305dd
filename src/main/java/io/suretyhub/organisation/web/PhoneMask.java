package io.suretyhub.organisation.web;

/** Masks a phone number for display: the first three and the last four characters stay. */
final class PhoneMask {

	private PhoneMask() {
	}

	static String mask(String phone) {
		if (phone == null || phone.isBlank()) {
			return "";
		}
		if (phone.length() < 8) {
			return "*".repeat(phone.length());
		}
		return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}

}
