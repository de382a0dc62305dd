package io.suretyhub.area;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.suretyhub.shared.AreaCode;

import org.springframework.core.io.Resource;

/**
 * Reads one area file (format in {@code docs/areas.md}): a header, then one area per line. A file holds
 * one whole region, so every parent is in the same file; the tree is checked against the codes.
 */
final class AreaFile {

	static final String HEADER = "code,parent_code,name_zh,name_en,level";

	private AreaFile() {
	}

	static List<Area> read(Resource resource) {
		try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			return parse(resource.getDescription(), reader.lines().toList());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read area file " + resource.getDescription(), ex);
		}
	}

	static List<Area> parse(String source, List<String> lines) {
		List<Area> areas = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		boolean header = true;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).replace("\uFEFF", "").strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (header) {
				check(HEADER.equals(line), source, i, "the first line must be the header " + HEADER);
				header = false;
				continue;
			}
			Area area = area(source, i, line.split(",", -1));
			check(codes.add(area.code().value()), source, i, "code " + area.code() + " appears twice");
			areas.add(area);
		}
		for (Area area : areas) {
			check(area.parent() == null || codes.contains(area.parent().value()), source, -1,
					"the parent " + area.parent() + " of " + area.code() + " is not in the file");
		}
		areas.sort(Comparator.comparing((Area a) -> a.level() == AreaLevel.COUNTY).thenComparing(a -> a.level() != AreaLevel.REGION));
		return areas;
	}

	private static Area area(String source, int index, String[] fields) {
		check(fields.length == 5, source, index, "five fields expected, found " + fields.length);
		check(AreaCode.isValid(fields[0].strip()), source, index, "not a six-digit code: " + fields[0]);
		AreaCode code = AreaCode.of(fields[0].strip());
		AreaLevel level = level(source, index, fields[4].strip());
		String parent = fields[1].strip();
		check(parent.equals(expectedParent(code, level)), source, index,
				"the parent of " + code + " (" + level + ") must be " + expectedParent(code, level) + ", not " + parent);
		check(!fields[2].isBlank() && !fields[3].isBlank(), source, index, "both names are required");
		return new Area(code, parent.isEmpty() ? null : AreaCode.of(parent), fields[2].strip(), fields[3].strip(), level);
	}

	private static String expectedParent(AreaCode code, AreaLevel level) {
		String value = code.value();
		return switch (level) {
			case REGION -> code.isRegion() ? "" : "a region code";
			case PREFECTURE, GROUP -> code.isPrefecture() ? code.region().value() : "a prefecture-level code";
			case COUNTY -> value.endsWith("00") ? "a county code" : value.substring(0, 4) + "00";
		};
	}

	private static AreaLevel level(String source, int index, String value) {
		try {
			return AreaLevel.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(where(source, index) + "unknown level " + value);
		}
	}

	private static void check(boolean condition, String source, int index, String problem) {
		if (!condition) {
			throw new IllegalStateException(where(source, index) + problem);
		}
	}

	private static String where(String source, int index) {
		return "Area file " + source + (index >= 0 ? " line " + (index + 1) : "") + ": ";
	}

}
