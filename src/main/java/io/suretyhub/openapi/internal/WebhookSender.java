package io.suretyhub.openapi.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import io.suretyhub.identity.SecretsAtRest;

import org.springframework.stereotype.Component;

/**
 * Posts one event to a system's webhook, signed by the rules of {@link SigningRules} with the system's
 * webhook secret and carrying {@code X-SH-Event-Id}; a 2xx answer is a delivery, anything else a failure.
 */
@Component
class WebhookSender {

	static final String EVENT_ID = "X-SH-Event-Id";

	static final String EVENT_TYPE = "X-SH-Event-Type";

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final SecretsAtRest secrets;

	private final Clock clock;

	WebhookSender(SecretsAtRest secrets, Clock clock) {
		this.secrets = secrets;
		this.clock = clock;
	}

	/** @return {@code null} when delivered, else what went wrong (for the delivery page) */
	String send(InsurerSystem system, String eventId, String type, String payload) {
		URI uri = URI.create(system.webhookUrl());
		byte[] body = payload.getBytes(StandardCharsets.UTF_8);
		String timestamp = String.valueOf(clock.instant().getEpochSecond());
		String nonce = UUID.randomUUID().toString().replace("-", "");
		String secret = new String(secrets.decrypt(system.webhookSecret(), system.owner("webhook")), StandardCharsets.UTF_8);
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		String signature = SigningRules.hmac(secret,
				SigningRules.stringToSign("POST", path, uri.getRawQuery(), timestamp, nonce, body));
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header(SigningRules.APP_ID, system.appId())
			.header(SigningRules.TIMESTAMP, timestamp)
			.header(SigningRules.NONCE, nonce)
			.header(SigningRules.SIGNATURE, signature)
			.header(EVENT_ID, eventId)
			.header(EVENT_TYPE, type)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			return status >= 200 && status < 300 ? null : "HTTP " + status;
		}
		catch (IOException ex) {
			return ex.getClass().getSimpleName();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

}
