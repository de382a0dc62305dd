package io.suretyhub.document;

import io.suretyhub.shared.AreaCode;

/**
 * Policy numbers and verification codes. A number reads {@code WG-650100-2026-0017-000042}: the
 * project's prefecture, the year of issue, the insurer id (at least 4 digits) and a sequence per
 * prefecture, year and insurer (at least 6 digits). A number is never given twice; a number drawn
 * for a policy that is then not issued leaves a gap.
 */
public interface PolicyNumbers {

	/** The next policy number for a project in {@code area} (its prefecture is used), issued in {@code year}. */
	String next(AreaCode area, int year, long insurerId);

	/** A new random verification code: 10 characters over an alphabet without 0/O and 1/I. */
	String newVerificationCode();

}
