package io.suretyhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * No template shows text that is not from the message bundles: every element with words in it, and
 * every visible attribute (placeholder, title, alt, aria-label), is replaced by a {@code th:} attribute.
 */
class TemplateTextTests {

	private static final Pattern ELEMENT_WITH_TEXT = Pattern
		.compile("<([a-zA-Z][\\w-]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*)>([^<]*)");

	private static final Pattern VISIBLE_ATTRIBUTE = Pattern
		.compile("\\s(placeholder|title|alt|aria-label|value)=\"([^\"]*)\"");

	private static final Pattern WORDS = Pattern.compile("[\\p{IsHan}]|[A-Za-z]{2,}");

	static Stream<Resource> templates() throws IOException {
		return Stream.of(new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html"));
	}

	@ParameterizedTest
	@MethodSource("templates")
	void textComesFromMessageBundles(Resource template) throws IOException {
		assertThat(hardCodedTexts(template.getContentAsString(StandardCharsets.UTF_8)))
			.as("hard-coded text in %s", template.getFilename())
			.isEmpty();
	}

	@Test
	void theCheckCatchesHardCodedText() {
		assertThat(hardCodedTexts("<p>保证金</p>")).containsExactly("<p>: 保证金");
		assertThat(hardCodedTexts("<input placeholder=\"Name\">")).containsExactly("<input placeholder>: Name");
		assertThat(hardCodedTexts("<p th:text=\"#{a}\">保证金</p><span>12</span>")).isEmpty();
		assertThat(hardCodedTexts("<nav th:if=\"${n > 1}\">Pages</nav>")).containsExactly("<nav>: Pages");
	}

	static List<String> hardCodedTexts(String html) {
		String body = html.replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<style.*?</style>", "")
			.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<title.*?</title>", "");
		List<String> found = new ArrayList<>();
		Matcher element = ELEMENT_WITH_TEXT.matcher(body);
		while (element.find()) {
			String tag = element.group(1);
			String attributes = element.group(2);
			String text = element.group(3).strip();
			boolean replaced = attributes.matches("(?s).*\\s(th:text|th:utext|th:errors|th:replace|th:insert|sec:authentication)=.*");
			if (!replaced && WORDS.matcher(text).find() && !isLanguageName(attributes)) {
				found.add("<" + tag + ">: " + text);
			}
			Matcher attribute = VISIBLE_ATTRIBUTE.matcher(attributes);
			while (attribute.find()) {
				if (WORDS.matcher(attribute.group(2)).find() && !attributes.contains("th:" + attribute.group(1) + "=")
						&& !attributes.contains("th:attr=")) {
					found.add("<" + tag + " " + attribute.group(1) + ">: " + attribute.group(2));
				}
			}
		}
		return found;
	}

	/** The language switch names each language in itself, the same in every language. */
	private static boolean isLanguageName(String attributes) {
		return attributes.contains("id=\"lang-");
	}

}
