package io.suretyhub.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Signing failures never leave a half-signed document: the signed file is checked on its bytes")
class PreparedPdfTests {

	static final String FILE = "%PDF-1.7 /Contents <0000000000000000> /ByteRange [0 19 37 30] %EOF\n";

	final PreparedPdf prepared = new PreparedPdf(FILE.getBytes(StandardCharsets.US_ASCII), new long[] { 0, 19, 37, 30 });

	final byte[] cms = { (byte) 0xAB, 0x01 };

	@Test
	void theEmbeddedSignatureAndNothingElse() {
		assertThat(FILE.charAt(19)).isEqualTo('<');
		assertThat(FILE.charAt(36)).isEqualTo('>');
		assertThat(FILE.length()).isEqualTo(37 + 30);
		assertThat(prepared.isSignedWith(prepared.embed(cms), cms)).isTrue();
	}

	@Test
	void anyOtherChangeIsRefused() {
		byte[] signed = prepared.embed(cms);
		byte[] outside = signed.clone();
		outside[3]++;
		byte[] padding = signed.clone();
		padding[30] = 'F';
		assertThat(prepared.isSignedWith(outside, cms)).isFalse();
		assertThat(prepared.isSignedWith(padding, cms)).isFalse();
		assertThat(prepared.isSignedWith(signed, new byte[] { (byte) 0xAB, 0x02 })).isFalse();
		assertThat(prepared.isSignedWith(prepared.bytes(), cms)).isFalse();
	}

}
