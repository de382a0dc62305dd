package io.suretyhub.openapi;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.UUID;

import io.suretyhub.openapi.internal.SigningRules;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** An insurer system calling /open/v1 through MockMvc, signing each request by the published rules. */
final class SignedMvc {

	private final MockMvc mvc;

	private final Clock clock;

	final String appId;

	private final String secret;

	private final PrivateKey ecdsa;

	SignedMvc(MockMvc mvc, Clock clock, String appId, String secret, PrivateKey ecdsa) {
		this.mvc = mvc;
		this.clock = clock;
		this.appId = appId;
		this.secret = secret;
		this.ecdsa = ecdsa;
	}

	static SignedMvc hmac(MockMvc mvc, Clock clock, String appId, String secret) {
		return new SignedMvc(mvc, clock, appId, secret, null);
	}

	ResultActions get(String pathAndQuery) throws Exception {
		return perform(request(HttpMethod.GET, pathAndQuery, "", null));
	}

	ResultActions post(String path, String json, String idempotencyKey) throws Exception {
		return perform(request(HttpMethod.POST, path, json, idempotencyKey));
	}

	ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request);
	}

	MockHttpServletRequestBuilder request(HttpMethod method, String pathAndQuery, String json, String idempotencyKey) {
		return signed(method, pathAndQuery, json, idempotencyKey, clock.instant().getEpochSecond(), nonce(), json);
	}

	/** A request whose signature covers {@code signedBody} and whose headers say what is given. */
	MockHttpServletRequestBuilder signed(HttpMethod method, String pathAndQuery, String sentBody, String idempotencyKey,
			long timestamp, String nonce, String signedBody) {
		int q = pathAndQuery.indexOf('?');
		String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
		String query = q < 0 ? null : pathAndQuery.substring(q + 1);
		String toSign = SigningRules.stringToSign(method.name(), path, query, String.valueOf(timestamp), nonce,
				signedBody.getBytes(StandardCharsets.UTF_8));
		String signature = ecdsa != null ? SigningRules.ecdsa(ecdsa, toSign) : SigningRules.hmac(secret, toSign);
		var builder = MockMvcRequestBuilders.request(method, pathAndQuery)
			.header(SigningRules.APP_ID, appId)
			.header(SigningRules.TIMESTAMP, String.valueOf(timestamp))
			.header(SigningRules.NONCE, nonce)
			.header(SigningRules.SIGNATURE, signature)
			.contentType(MediaType.APPLICATION_JSON)
			.content(sentBody);
		return idempotencyKey == null ? builder : builder.header("Idempotency-Key", idempotencyKey);
	}

	static String nonce() {
		return UUID.randomUUID().toString().replace("-", "");
	}

}
