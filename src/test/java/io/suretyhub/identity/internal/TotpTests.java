package io.suretyhub.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTests {

	static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest(name = "T = {0}")
	@DisplayName("RFC 6238 Appendix B, SHA-1: 8 digits, and 6 digits truncated the same way")
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void rfc6238TestVectors(long seconds, String expected) {
		long step = Totp.step(Instant.ofEpochSecond(seconds));
		assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(expected);
		assertThat(Totp.code(RFC_KEY, step)).isEqualTo(expected.substring(2));
	}

	@Test
	void acceptsTheStepBeforeAndAfterButNotTwoAway() {
		Instant now = Instant.ofEpochSecond(1_111_111_111);
		long step = Totp.step(now);
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step), now)).hasValue(step);
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 1), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 1), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 2), now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 2), now)).isEmpty();
	}

	@Test
	void refusesMalformedCodes() {
		Instant now = Instant.ofEpochSecond(59);
		assertThat(Totp.matchingStep(RFC_KEY, "28708", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_KEY, "2870822", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_KEY, "abcdef", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_KEY, null, now)).isEmpty();
	}

	@Test
	@DisplayName("Base32 as in RFC 4648 (without padding), round trip and grouping")
	void base32() {
		assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Base32.encode(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_KEY);
		assertThat(Base32.grouped("GEZDGNBVGY")).isEqualTo("GEZD GNBV GY");
	}

}
