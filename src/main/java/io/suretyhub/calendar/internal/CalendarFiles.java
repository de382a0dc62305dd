package io.suretyhub.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The arrangements shipped with the release: {@code calendar/cn/<year>.json} (national) and
 * {@code calendar/<region code>/<year>.json} (a region's own holidays).
 */
@Component
class CalendarFiles {

	private final JsonMapper json;

	CalendarFiles(JsonMapper json) {
		this.json = json;
	}

	List<YearArrangement> load() {
		List<YearArrangement> loaded = new ArrayList<>();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/*/*.json")) {
				loaded.add(new YearArrangement(scopeOf(file), 0, read(file), null));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the shipped calendar files", ex);
		}
		return loaded;
	}

	private CalendarDocument read(Resource file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return json.readValue(in, CalendarDocument.class);
		}
	}

	private static Scope scopeOf(Resource file) throws IOException {
		String path = file.getURL().getPath();
		String[] parts = path.split("/");
		String folder = parts[parts.length - 2];
		return "cn".equals(folder) ? Scope.NATIONAL : new Scope(folder);
	}

}
