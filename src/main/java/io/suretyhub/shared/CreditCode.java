package io.suretyhub.shared;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, the last a check
 * character computed over the first 17 with weights 3^i mod 31.
 */
public record CreditCode(String value) implements java.io.Serializable {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	public CreditCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a valid unified social credit code: " + value);
		}
	}

	public static boolean isValid(String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return false;
			}
		}
		return checkCharacter(code.substring(0, 17)) == code.charAt(17);
	}

	/** The check character for the first 17 characters of a code. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		int weight = 1;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
			weight = weight * 3 % 31;
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	@Override
	public String toString() {
		return value;
	}

}
