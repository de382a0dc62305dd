package io.suretyhub.payout.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersonalDataTests {

	static final byte[] OLD = new byte[32];

	static final byte[] NEW = "0123456789abcdef0123456789abcdef".getBytes();

	static final byte[] LOOKUP = "lookup-key-lookup-key-lookup-key".getBytes();

	@Test
	@DisplayName("Key rotation: rows under the previous key still decrypt and are re-encrypted under the new one; without it they do not decrypt")
	void rotation() {
		var before = new PersonalData(OLD, List.of(), LOOKUP);
		String stored = before.encrypt("65310119900101123X");
		assertThat(stored).doesNotContain("65310119900101123X").startsWith(before.currentKeyId() + ":");
		var after = new PersonalData(NEW, List.of(OLD), LOOKUP);
		assertThat(after.decrypt(stored)).isEqualTo("65310119900101123X");
		String rotated = after.reencrypt(stored);
		assertThat(rotated).startsWith(after.currentKeyId() + ":").isNotEqualTo(stored);
		assertThatIllegalStateException().isThrownBy(() -> new PersonalData(NEW, List.of(), LOOKUP).decrypt(stored));
		byte[] pdf = "%PDF-1.7 body".getBytes();
		assertThat(after.decrypt(after.reencrypt(before.encrypt(pdf)))).isEqualTo(pdf);
		assertThat(after.hash("x")).isEqualTo(before.hash("x")).hasSize(64);
	}

	@Test
	@DisplayName("R-CLM-1: GB 11643 check character and birth date, Luhn, and the masks")
	void numbersAndMasks() {
		assertThat(IdNumbers.checksumValid("11010519491231002X")).isTrue();
		assertThat(IdNumbers.checksumValid("110105194912310021")).isFalse();
		assertThat(IdNumbers.birthDateValid("110105194902310021", LocalDate.of(2026, 1, 1))).isFalse();
		assertThat(BankCards.valid("4111111111111111")).isTrue();
		assertThat(BankCards.valid("4111111111111112")).isFalse();
		assertThat(Masks.mask("650102199001011234")).isEqualTo("6501**********1234");
		assertThat(Masks.mask("13912345678")).isEqualTo("139****5678");
	}

}
