package io.suretyhub.openapi.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import io.suretyhub.identity.SecretsAtRest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks a signed request (see {@link SigningRules}): all four headers present, a known app id, a
 * timestamp within {@value #SKEW_MINUTES} minutes of the platform's clock, a signature by one of the
 * system's active keys, and a nonce never seen before (checked last, so that a forged request cannot
 * use up a nonce).
 */
@Component
class RequestAuthenticator {

	static final int SKEW_MINUTES = 5;

	static final Duration SKEW = Duration.ofMinutes(SKEW_MINUTES);

	private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");

	private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");

	private final SystemRepository systems;

	private final Nonces nonces;

	private final SecretsAtRest secrets;

	private final Clock clock;

	RequestAuthenticator(SystemRepository systems, Nonces nonces, SecretsAtRest secrets, Clock clock) {
		this.systems = systems;
		this.nonces = nonces;
		this.secrets = secrets;
		this.clock = clock;
	}

	SystemCaller authenticate(SignedRequest request) {
		require(request.appId(), SigningRules.APP_ID);
		require(request.timestamp(), SigningRules.TIMESTAMP);
		require(request.nonce(), SigningRules.NONCE);
		require(request.signature(), SigningRules.SIGNATURE);
		if (!TIMESTAMP.matcher(request.timestamp()).matches()) {
			throw refused("TIMESTAMP_OUT_OF_RANGE", SigningRules.TIMESTAMP);
		}
		Instant sent = Instant.ofEpochSecond(Long.parseLong(request.timestamp()));
		if (Duration.between(sent, clock.instant()).abs().compareTo(SKEW) > 0) {
			throw refused("TIMESTAMP_OUT_OF_RANGE", SigningRules.TIMESTAMP);
		}
		if (!NONCE.matcher(request.nonce()).matches()) {
			throw refused("NONCE_INVALID", SigningRules.NONCE);
		}
		InsurerSystem system = systems.byAppId(request.appId())
			.orElseThrow(() -> refused("APP_ID_UNKNOWN", SigningRules.APP_ID));
		String toSign = request.stringToSign();
		boolean valid = false;
		for (SigningKey key : systems.activeKeys(system.id())) {
			valid |= matches(system, key, toSign, request.signature());
		}
		if (!valid) {
			throw refused("SIGNATURE_INVALID", SigningRules.SIGNATURE);
		}
		if (!nonces.firstUse(system.appId(), request.nonce())) {
			throw refused("NONCE_REPLAYED", SigningRules.NONCE);
		}
		return new SystemCaller(system.id(), system.appId(), system.insurerId(), system.insurerArea());
	}

	private boolean matches(InsurerSystem system, SigningKey key, String toSign, String signature) {
		if (key.kind() == KeyKind.ECDSA) {
			return SigningRules.ecdsaMatches(key.publicKey(), toSign, signature);
		}
		byte[] secret = secrets.decrypt(key.secret(), system.owner("key"));
		return SigningRules.hmacMatches(secret, toSign, signature);
	}

	private static void require(String value, String header) {
		if (value == null || value.isBlank()) {
			throw refused("SIGNATURE_HEADER_MISSING", header);
		}
	}

	private static OpenApiRefusal refused(String code, String field) {
		return new OpenApiRefusal(HttpStatus.UNAUTHORIZED, code, field);
	}

	/** What a request to check carries. */
	record SignedRequest(String appId, String timestamp, String nonce, String signature, String method, String path,
			String rawQuery, byte[] body) {

		String stringToSign() {
			return SigningRules.stringToSign(method, path, rawQuery, timestamp, nonce, body);
		}

	}

}
