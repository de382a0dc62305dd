package io.suretyhub.testing;

import java.util.concurrent.ThreadLocalRandom;

import io.suretyhub.shared.CreditCode;

/** Valid, distinct unified social credit codes for tests (checksum included). */
public final class CreditCodes {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private CreditCodes() {
	}

	/** A fresh valid code of an enterprise (登记管理部门 9, 类别 1) registered in {@code area}. */
	public static String next(String area) {
		var random = ThreadLocalRandom.current();
		var first17 = new StringBuilder("91").append(area);
		for (int i = 0; i < 9; i++) {
			first17.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return first17.toString() + CreditCode.checkCharacter(first17.toString());
	}

	/** {@code code} with a wrong check character. */
	public static String withWrongCheck(String code) {
		char wrong = code.charAt(17) == '0' ? '1' : '0';
		return code.substring(0, 17) + wrong;
	}

}
