package io.suretyhub.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.suretyhub.openapi.internal.SigningRules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The worked example of docs/open-api.md is what the platform computes. */
class SigningWorkedExampleTests {

	static final String SECRET = "xq3V7mJ2pL9sT4wY8bN1cR6dF0gH5kZa";

	@Test
	@DisplayName("docs/open-api.md: the POST example's digest, string to sign and signature")
	void postExample() throws Exception {
		byte[] body = "{\"underwriter\":\"王核保\"}".getBytes(StandardCharsets.UTF_8);
		String toSign = SigningRules.stringToSign("POST", "/open/v1/applications/42/issue", null, "1795395600",
				"5f2b8c1e9d7a4360b1e2c3d4e5f60718", body);
		String doc = Files.readString(Path.of("docs/open-api.md"));
		assertThat(body).hasSize(27);
		assertThat(doc).contains(SigningRules.sha256Hex(body))
			.contains("```\n" + toSign + "\n```")
			.contains("`X-SH-Signature: " + SigningRules.hmac(SECRET, toSign) + "`");
		assertThat(SigningRules.hmac(SECRET, toSign)).isEqualTo("Dx/zNkAsaXUjEkcKrE2VwJtNqbAGMxmFB6FKqmDVoXc=");
	}

	@Test
	@DisplayName("docs/open-api.md: the GET example's canonical query (decoded, RFC 3986, sorted) and signature")
	void getExample() throws Exception {
		String query = "limit=50&after=7&note=%E7%94%B3+x";
		String toSign = SigningRules.stringToSign("GET", "/open/v1/events", query, "1795395600",
				"0a1b2c3d4e5f60718293a4b5c6d7e8f9", new byte[0]);
		String doc = Files.readString(Path.of("docs/open-api.md"));
		assertThat(SigningRules.canonicalQuery(query)).isEqualTo("after=7&limit=50&note=%E7%94%B3%20x");
		assertThat(doc).contains("`" + SigningRules.canonicalQuery(query) + "`")
			.contains("`" + SigningRules.hmac(SECRET, toSign) + "`");
		assertThat(SigningRules.hmac(SECRET, toSign)).isEqualTo("n+5zsiYqZ913+6hryHfPZD8ryvAgbcQiQDxduGi5AmM=");
	}

}
