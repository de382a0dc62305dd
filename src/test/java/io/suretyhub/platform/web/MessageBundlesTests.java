package io.suretyhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.ClassPathResource;

/** Every module's Chinese and English texts have the same keys, and none is empty. */
class MessageBundlesTests {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	static Stream<String> bundles() throws IOException {
		return Stream.of(MessagesConfiguration.bundleNames()).map(name -> name.substring("classpath:".length()));
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void chineseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
		Properties chinese = load(bundle + ".properties");
		Properties english = load(bundle + "_en.properties");
		assertThat(new TreeSet<>(english.stringPropertyNames())).as("keys of %s_en", bundle)
			.isEqualTo(new TreeSet<>(chinese.stringPropertyNames()));
		chinese.forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, bundle).isNotBlank());
		english.forEach((key, value) -> assertThat(value.toString()).as("%s in %s_en", key, bundle).isNotBlank());
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void englishTextsAreNotLeftInChinese(String bundle) throws IOException {
		Properties english = load(bundle + "_en.properties");
		english.forEach((key, value) -> assertThat(HAN.matcher(value.toString()).find())
			.as("%s in %s_en holds Chinese characters", key, bundle)
			.isFalse());
	}

	static Properties load(String path) throws IOException {
		var resource = new ClassPathResource(path);
		assertThat(resource.exists()).as(path + " exists").isTrue();
		var properties = new Properties();
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
