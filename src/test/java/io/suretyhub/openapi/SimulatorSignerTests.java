package io.suretyhub.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.suretyhub.openapi.internal.SigningRules;
import io.suretyhub.simulator.Signer;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The simulator's signer, written from docs/open-api.md alone, reproduces the document's worked example. */
class SimulatorSignerTests {

	static final String SECRET = "xq3V7mJ2pL9sT4wY8bN1cR6dF0gH5kZa";

	@Test
	@DisplayName("The worked example of docs/open-api.md: POST with a body, GET with a query")
	void workedExample() {
		String post = Signer.stringToSign("POST", "/open/v1/applications/42/issue", null, "1795395600",
				"5f2b8c1e9d7a4360b1e2c3d4e5f60718", "{\"underwriter\":\"王核保\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(Signer.hmac(SECRET, post)).isEqualTo("Dx/zNkAsaXUjEkcKrE2VwJtNqbAGMxmFB6FKqmDVoXc=");
		assertThat(Signer.canonicalQuery("limit=50&after=7&note=%E7%94%B3+x")).isEqualTo("after=7&limit=50&note=%E7%94%B3%20x");
		String get = Signer.stringToSign("GET", "/open/v1/events", "limit=50&after=7&note=%E7%94%B3+x", "1795395600",
				"0a1b2c3d4e5f60718293a4b5c6d7e8f9", new byte[0]);
		assertThat(Signer.hmac(SECRET, get)).isEqualTo("n+5zsiYqZ913+6hryHfPZD8ryvAgbcQiQDxduGi5AmM=");
		assertThat(Signer.matches(SECRET, get, "n+5zsiYqZ913+6hryHfPZD8ryvAgbcQiQDxduGi5AmM=")).isTrue();
		assertThat(Signer.matches(SECRET, get + "x", "n+5zsiYqZ913+6hryHfPZD8ryvAgbcQiQDxduGi5AmM=")).isFalse();
	}

	@Test
	@DisplayName("As an interceptor it signs what the client sends: the platform's own check accepts it")
	void interceptorSignsTheBodySent() {
		var clock = Clock.fixed(Instant.ofEpochSecond(1795395600), ZoneOffset.UTC);
		byte[] body = "{\"line\":1}".getBytes(StandardCharsets.UTF_8);
		var builder = HttpRequest.newBuilder(URI.create("http://localhost:8080/open/v1/payment-notices/7/payments?b=2&a=1"))
			.method("POST", HttpRequest.BodyPublishers.ofByteArray(body));
		new Signer("sh0123456789abcdef", SECRET, clock).accept(builder);
		var headers = builder.build().headers();
		assertThat(headers.firstValue("X-SH-Timestamp")).hasValue("1795395600");
		String toSign = SigningRules.stringToSign("POST", "/open/v1/payment-notices/7/payments", "b=2&a=1", "1795395600",
				headers.firstValue("X-SH-Nonce").orElseThrow(), body);
		assertThat(SigningRules.hmacMatches(SECRET.getBytes(StandardCharsets.UTF_8), toSign,
				headers.firstValue("X-SH-Signature").orElseThrow())).isTrue();
	}

}
