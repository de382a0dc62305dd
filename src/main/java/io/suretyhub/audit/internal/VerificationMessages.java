package io.suretyhub.audit.internal;

import java.util.Locale;

import io.suretyhub.audit.ChainVerification;

import org.springframework.context.MessageSource;

/** The sentence that reports a verification, from {@code i18n/audit*.properties}. */
public final class VerificationMessages {

	private VerificationMessages() {
	}

	/** The message key for {@code result}: {@code audit.verify.intact} or {@code audit.verify.broken.<PROBLEM>}. */
	public static String key(ChainVerification result) {
		return result.intact() ? "audit.verify.intact" : "audit.verify.broken." + result.problem().name();
	}

	/** The argument of that message: the record count when intact, else the first bad sequence number. */
	public static Object argument(ChainVerification result) {
		return result.intact() ? result.recordsChecked() : result.firstBrokenSequence();
	}

	static String describe(MessageSource messages, ChainVerification result, Locale locale) {
		return messages.getMessage(key(result), new Object[] { argument(result) }, locale);
	}

}
