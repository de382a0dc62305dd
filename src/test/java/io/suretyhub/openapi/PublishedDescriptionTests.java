package io.suretyhub.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.suretyhub.testing.MutableClockConfiguration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed {@code docs/openapi.json} (from which the test client is generated at build time) is
 * exactly what {@code /v3/api-docs} serves, pretty-printed with keys sorted and without {@code servers}.
 * Regenerate it with {@code ./mvnw -q -B test -Dtest=PublishedDescriptionTests -Dopenapi.write=true}.
 */
@SpringBootTest(properties = "suretyhub.openapi.webhooks.enabled=false")
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, io.suretyhub.policy.PolicyTestDoubles.class,
		io.suretyhub.insurer.InsurerFixtures.class })
class PublishedDescriptionTests {

	static final Path FILE = Path.of("docs/openapi.json");

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	@Autowired
	MockMvc mvc;

	@Test
	@DisplayName("R-SUP-3: docs/openapi.json is the live /v3/api-docs (run with -Dopenapi.write=true to rewrite it)")
	void committedDescriptionIsTheLiveOne() throws Exception {
		String live = canonical(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		if (Boolean.getBoolean("openapi.write")) {
			Files.writeString(FILE, live, StandardCharsets.UTF_8);
		}
		String committed = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
		assertThat(committed).as("docs/openapi.json differs from /v3/api-docs; rewrite it with "
				+ "./mvnw -q -B test -Dtest=PublishedDescriptionTests -Dopenapi.write=true and commit it")
			.isEqualTo(live);
	}

	/** Keys sorted at every level, two-space indentation, LF, a final newline; the server URL left out. */
	static String canonical(String json) {
		Map<String, Object> tree = JSON.readValue(json, new TypeReference<Map<String, Object>>() {
		});
		tree.remove("servers");
		return JSON.writeValueAsString(tree).replace("\r\n", "\n") + "\n";
	}

}
