package io.suretyhub.payout.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts workers' ID numbers, phones and bank cards at rest (AES-256-GCM, a random 96-bit nonce each) and
 * hashes them for look-up (HMAC-SHA-256 with a separate key). A ciphertext names the key that made it
 * ({@code <keyId>:<base64 nonce+ciphertext>}), so older keys keep decrypting during a rotation.
 */
public final class PersonalData {

	private final String currentId;

	private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

	private final SecretKeySpec lookupKey;

	private final ThreadLocal<Tools> tools = ThreadLocal.withInitial(this::tools);

	public PersonalData(byte[] dataKey, List<byte[]> previousKeys, byte[] lookupKey) {
		this.currentId = keyId(dataKey);
		keys.put(currentId, new SecretKeySpec(dataKey, "AES"));
		previousKeys.forEach(key -> keys.putIfAbsent(keyId(key), new SecretKeySpec(key, "AES")));
		this.lookupKey = new SecretKeySpec(lookupKey, "HmacSHA256");
	}

	public String encrypt(String plain) {
		return plain == null ? null : currentId + ":" + Base64.getEncoder().encodeToString(seal(plain.getBytes(StandardCharsets.UTF_8)));
	}

	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		int colon = stored.indexOf(':');
		return new String(open(stored.substring(0, colon), Base64.getDecoder().decode(stored.substring(colon + 1))),
				StandardCharsets.UTF_8);
	}

	/** Encrypts a document with the current key: the key id's bytes, a colon, nonce and ciphertext. */
	public byte[] encrypt(byte[] plain) {
		byte[] prefix = (currentId + ":").getBytes(StandardCharsets.US_ASCII);
		byte[] sealed = seal(plain);
		byte[] all = new byte[prefix.length + sealed.length];
		System.arraycopy(prefix, 0, all, 0, prefix.length);
		System.arraycopy(sealed, 0, all, prefix.length, sealed.length);
		return all;
	}

	public byte[] decrypt(byte[] stored) {
		String id = new String(stored, 0, currentId.length(), StandardCharsets.US_ASCII);
		byte[] sealed = new byte[stored.length - id.length() - 1];
		System.arraycopy(stored, id.length() + 1, sealed, 0, sealed.length);
		return open(id, sealed);
	}

	/** The id of the current data key: ciphertexts made with it start with {@code <id>:}. */
	public String currentKeyId() {
		return currentId;
	}

	/** Re-encrypts a ciphertext made with an older key under the current key. */
	public String reencrypt(String stored) {
		return stored == null || stored.startsWith(currentId + ":") ? stored : encrypt(decrypt(stored));
	}

	/** Re-encrypts a document made with an older key under the current key. */
	public byte[] reencrypt(byte[] stored) {
		return stored == null ? null : encrypt(decrypt(stored));
	}

	/** The keyed look-up hash of a value, lower-case hex. */
	public String hash(String plain) {
		return HexFormat.of().formatHex(tools.get().mac().doFinal(plain.getBytes(StandardCharsets.UTF_8)));
	}

	private byte[] seal(byte[] plain) {
		Tools tools = this.tools.get();
		try {
			byte[] nonce = new byte[12];
			tools.random().nextBytes(nonce);
			Cipher cipher = tools.cipher();
			cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain);
			byte[] all = new byte[12 + sealed.length];
			System.arraycopy(nonce, 0, all, 0, 12);
			System.arraycopy(sealed, 0, all, 12, sealed.length);
			return all;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] open(String id, byte[] sealed) {
		SecretKeySpec key = keys.get(id);
		if (key == null) {
			throw new IllegalStateException("No payout data key with id " + id + " is configured");
		}
		try {
			Cipher cipher = tools.get().cipher();
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, 12));
			return cipher.doFinal(sealed, 12, sealed.length - 12);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A payout ciphertext does not decrypt", ex);
		}
	}

	/**
	 * One cipher, MAC and random source per thread, set up once: re-initialising a cipher with the same key
	 * keeps its expanded key schedule, and the MAC resets itself after each hash.
	 */
	private Tools tools() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(lookupKey);
			return new Tools(Cipher.getInstance("AES/GCM/NoPadding"), mac, SecureRandom.getInstance("DRBG"));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Tools(Cipher cipher, Mac mac, SecureRandom random) {
	}

	private static String keyId(byte[] key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key)).substring(0, 8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
