package io.suretyhub.document.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Greedy line breaking for Chinese forms: Chinese breaks between any two characters, runs of Latin
 * letters and digits stay together, closing punctuation never starts a line, {@code \n} starts a new one.
 */
final class LineBreaker {

	private LineBreaker() {
	}

	static List<String> wrap(String text, float width, ToDoubleFunction<String> measure) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n", -1)) {
			var line = new StringBuilder();
			float lineWidth = 0;
			for (String token : tokens(paragraph)) {
				float tokenWidth = (float) measure.applyAsDouble(token);
				if (line.length() > 0 && lineWidth + tokenWidth > width && !isClosingPunctuation(token)) {
					lines.add(line.toString().stripTrailing());
					line.setLength(0);
					lineWidth = 0;
					if (token.isBlank()) {
						continue;
					}
				}
				line.append(token);
				lineWidth += tokenWidth;
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int end = i + 1;
			if (isWordCharacter(text.charAt(i))) {
				while (end < text.length() && isWordCharacter(text.charAt(end))) {
					end++;
				}
			}
			tokens.add(text.substring(i, end));
			i = end;
		}
		return tokens;
	}

	private static boolean isClosingPunctuation(String token) {
		return token.length() == 1 && "，。、；：！？）》」』”,.;:!?)".indexOf(token.charAt(0)) >= 0;
	}

	private static boolean isWordCharacter(char c) {
		return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == ',' || c == '-' || c == '/');
	}

}
