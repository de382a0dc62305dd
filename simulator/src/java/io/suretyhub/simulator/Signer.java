package io.suretyhub.simulator;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signing rules of docs/open-api.md written from the document alone: the string to sign (method, path,
 * canonical query, timestamp, nonce, hex SHA-256 of the body) and its HMAC-SHA256, as a request interceptor
 * for the generated client and as the check of a webhook's signature.
 */
public final class Signer implements Consumer<HttpRequest.Builder> {

	static final String APP_ID = "X-SH-App-Id";

	static final String TIMESTAMP = "X-SH-Timestamp";

	static final String NONCE = "X-SH-Nonce";

	static final String SIGNATURE = "X-SH-Signature";

	/** Requests whose timestamp is further off than this are refused by the platform, and webhooks here. */
	static final long SKEW_SECONDS = 300;

	private final String appId;

	private final String secret;

	private final Clock clock;

	public Signer(String appId, String secret, Clock clock) {
		this.appId = appId;
		this.secret = secret;
		this.clock = clock;
	}

	/** Adds the four signature headers to a request the generated client is about to send. */
	@Override
	public void accept(HttpRequest.Builder builder) {
		HttpRequest request = builder.copy().build();
		URI uri = request.uri();
		String timestamp = String.valueOf(clock.instant().getEpochSecond());
		String nonce = UUID.randomUUID().toString().replace("-", "");
		String toSign = stringToSign(request.method(), uri.getRawPath(), uri.getRawQuery(), timestamp, nonce,
				body(request));
		builder.header(APP_ID, appId).header(TIMESTAMP, timestamp).header(NONCE, nonce)
			.header(SIGNATURE, hmac(secret, toSign));
	}

	public static String stringToSign(String method, String path, String rawQuery, String timestamp, String nonce,
			byte[] body) {
		return String.join("\n", method.toUpperCase(), path, canonicalQuery(rawQuery), timestamp, nonce, sha256Hex(body));
	}

	/** Pairs decoded, re-encoded by RFC 3986 (upper-case hex), sorted by name then value, joined by {@code &}. */
	public static String canonicalQuery(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return "";
		}
		List<String[]> pairs = new ArrayList<>();
		for (String pair : rawQuery.split("&")) {
			if (!pair.isEmpty()) {
				int eq = pair.indexOf('=');
				String name = eq < 0 ? pair : pair.substring(0, eq);
				String value = eq < 0 ? "" : pair.substring(eq + 1);
				pairs.add(new String[] { rfc3986(URLDecoder.decode(name, StandardCharsets.UTF_8)),
						rfc3986(URLDecoder.decode(value, StandardCharsets.UTF_8)) });
			}
		}
		pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
		return String.join("&", pairs.stream().map(p -> p[0] + "=" + p[1]).toList());
	}

	static String rfc3986(String text) {
		StringBuilder out = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
				out.append(c);
			}
			else {
				out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
			}
		}
		return out.toString();
	}

	public static String sha256Hex(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String hmac(String secret, String stringToSign) {
		return Base64.getEncoder().encodeToString(mac(secret, stringToSign));
	}

	/** Whether {@code signature} is the HMAC of the string to sign, compared in constant time. */
	public static boolean matches(String secret, String stringToSign, String signature) {
		if (signature == null) {
			return false;
		}
		try {
			return MessageDigest.isEqual(mac(secret, stringToSign), Base64.getDecoder().decode(signature));
		}
		catch (IllegalArgumentException notBase64) {
			return false;
		}
	}

	private static byte[] mac(String secret, String stringToSign) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The bytes a request's body publisher sends (the generated client publishes a byte array: replayable). */
	static byte[] body(HttpRequest request) {
		if (request.bodyPublisher().isEmpty() || request.bodyPublisher().get().contentLength() == 0) {
			return new byte[0];
		}
		var collected = new CompletableFuture<byte[]>();
		request.bodyPublisher().get().subscribe(new Flow.Subscriber<ByteBuffer>() {

			private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

			@Override
			public void onSubscribe(Flow.Subscription subscription) {
				subscription.request(Long.MAX_VALUE);
			}

			@Override
			public void onNext(ByteBuffer item) {
				byte[] chunk = new byte[item.remaining()];
				item.get(chunk);
				bytes.writeBytes(chunk);
			}

			@Override
			public void onError(Throwable throwable) {
				collected.completeExceptionally(throwable);
			}

			@Override
			public void onComplete() {
				collected.complete(bytes.toByteArray());
			}

		});
		return collected.join();
	}

}
