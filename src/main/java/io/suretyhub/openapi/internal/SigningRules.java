package io.suretyhub.openapi.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signing rules of {@code docs/open-api.md}, the same for requests to {@code /open/v1} and for
 * webhooks: the string to sign is method, path, canonical query, timestamp, nonce and the lower-case hex
 * SHA-256 of the body, joined by {@code \n}; the signature is Base64 of HMAC-SHA256 keyed with the
 * secret's UTF-8 bytes, or of the DER ECDSA P-256 signature (SHA256withECDSA).
 */
public final class SigningRules {

	public static final String APP_ID = "X-SH-App-Id";

	public static final String TIMESTAMP = "X-SH-Timestamp";

	public static final String NONCE = "X-SH-Nonce";

	public static final String SIGNATURE = "X-SH-Signature";

	private SigningRules() {
	}

	public static String stringToSign(String method, String path, String rawQuery, String timestamp, String nonce,
			byte[] body) {
		return String.join("\n", method.toUpperCase(java.util.Locale.ROOT), path, canonicalQuery(rawQuery), timestamp,
				nonce, sha256Hex(body));
	}

	/**
	 * Each parameter decoded ({@code +} is a space), then encoded per RFC 3986 (unreserved characters
	 * as they are, everything else {@code %XX} of its UTF-8 bytes, upper-case hex), sorted by name and
	 * then value, joined as {@code name=value} with {@code &}.
	 */
	public static String canonicalQuery(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return "";
		}
		List<String[]> pairs = new ArrayList<>();
		for (String part : rawQuery.split("&")) {
			if (part.isEmpty()) {
				continue;
			}
			int eq = part.indexOf('=');
			String name = eq < 0 ? part : part.substring(0, eq);
			String value = eq < 0 ? "" : part.substring(eq + 1);
			pairs.add(new String[] { encode(decode(name)), encode(decode(value)) });
		}
		pairs.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
		return String.join("&", pairs.stream().map(p -> p[0] + "=" + p[1]).toList());
	}

	public static String sha256Hex(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String hmac(String secret, String stringToSign) {
		return Base64.getEncoder().encodeToString(hmacBytes(secret.getBytes(StandardCharsets.UTF_8), stringToSign));
	}

	/** Whether {@code signature} (Base64) is the HMAC of the string; compared in constant time. */
	public static boolean hmacMatches(byte[] secret, String stringToSign, String signature) {
		byte[] given;
		try {
			given = Base64.getDecoder().decode(signature);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(hmacBytes(secret, stringToSign), given);
	}

	public static String ecdsa(PrivateKey key, String stringToSign) {
		try {
			Signature signer = Signature.getInstance("SHA256withECDSA");
			signer.initSign(key);
			signer.update(stringToSign.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(signer.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static boolean ecdsaMatches(byte[] publicKeyDer, String stringToSign, String signature) {
		try {
			Signature verifier = Signature.getInstance("SHA256withECDSA");
			verifier.initVerify(publicKey(publicKeyDer));
			verifier.update(stringToSign.getBytes(StandardCharsets.UTF_8));
			return verifier.verify(Base64.getDecoder().decode(signature));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	/** An EC public key from its X.509 SubjectPublicKeyInfo (DER). */
	public static PublicKey publicKey(byte[] der) throws GeneralSecurityException {
		return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
	}

	private static byte[] hmacBytes(byte[] secret, String stringToSign) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	private static String encode(String text) {
		StringBuilder out = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
					|| c == '_' || c == '~') {
				out.append(c);
			}
			else {
				out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
			}
		}
		return out.toString();
	}

}
