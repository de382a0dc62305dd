package io.suretyhub.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

/** The Chinese and English bundles of the calendar and obligation modules have the same keys. */
class ObligationMessagesTests {

	@ParameterizedTest(name = "i18n/{0}: same keys in Chinese and English, all prefixed")
	@ValueSource(strings = { "calendar", "obligation" })
	void bundlesAreComplete(String module) throws IOException {
		Properties chinese = load("i18n/" + module + ".properties");
		Properties english = load("i18n/" + module + "_en.properties");
		assertThat(chinese.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
		assertThat(chinese.stringPropertyNames()).allMatch(key -> key.startsWith(module + "."));
		assertThat(chinese.values()).allMatch(value -> !value.toString().isBlank());
		assertThat(english.values()).allMatch(value -> !value.toString().isBlank());
	}

	private static Properties load(String path) throws IOException {
		var properties = new Properties();
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
