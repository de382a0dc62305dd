package io.suretyhub.area;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.suretyhub.shared.AreaCode;

import org.springframework.stereotype.Service;

/**
 * The area tree (R-GEO-1), loaded at start from the configured area files. Reference data: every
 * signed-in user may read it, so nothing here is filtered by scope.
 */
@Service
public class Areas {

	private final Map<String, Area> byCode = new LinkedHashMap<>();

	private final Map<String, List<Area>> children = new LinkedHashMap<>();

	Areas(AreaLoader loader) {
		for (Area area : loader.load()) {
			byCode.put(area.code().value(), area);
			if (area.parent() != null) {
				children.computeIfAbsent(area.parent().value(), key -> new ArrayList<>()).add(area);
			}
		}
	}

	/** The area with this code, if it is in the tree. */
	public Optional<Area> find(AreaCode code) {
		return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.value()));
	}

	/** The area with this code, if the text is a code that is in the tree. */
	public Optional<Area> find(String code) {
		return Optional.ofNullable(code).map(String::strip).map(byCode::get);
	}

	/** Whether the code is in the tree. */
	public boolean isValid(AreaCode code) {
		return find(code).isPresent();
	}

	/** Whether the text is a code that is in the tree. */
	public boolean isValid(String code) {
		return find(code).isPresent();
	}

	/** The name of the area in {@code locale}, or the code itself if it is not in the tree. */
	public String name(AreaCode code, Locale locale) {
		return find(code).map(area -> area.name(locale)).orElse(code == null ? "" : code.value());
	}

	/**
	 * The names from below the region down to the code, e.g. {@code 喀什地区 疏附县}; a region answers its
	 * own name.
	 */
	public String label(AreaCode code, Locale locale) {
		List<Area> path = path(code);
		if (path.isEmpty()) {
			return code == null ? "" : code.value();
		}
		Stream<Area> shown = path.size() == 1 ? path.stream() : path.stream().skip(1);
		return String.join(" ", shown.map(area -> area.name(locale)).toList());
	}

	/** The areas directly below {@code parent}, in code order. */
	public List<Area> children(AreaCode parent) {
		return parent == null ? List.of() : Collections.unmodifiableList(children.getOrDefault(parent.value(), List.of()));
	}

	/** The regions (provinces) loaded. */
	public List<Area> regions() {
		return byCode.values().stream().filter(area -> area.level() == AreaLevel.REGION).toList();
	}

	/** The prefecture-level divisions of a region (not the group of directly administered counties). */
	public List<Area> prefectures(AreaCode region) {
		return children(region).stream().filter(area -> area.level() == AreaLevel.PREFECTURE).toList();
	}

	/** The areas from the region down to {@code code}, both included; empty if the code is unknown. */
	public List<Area> path(AreaCode code) {
		List<Area> path = new ArrayList<>();
		Optional<Area> current = find(code);
		while (current.isPresent()) {
			path.add(0, current.get());
			current = find(current.get().parent());
		}
		return List.copyOf(path);
	}

	/** {@code area} and everything below it, depth first, in code order; empty if the code is unknown. */
	public List<Area> within(AreaCode area) {
		List<Area> result = new ArrayList<>();
		find(area).ifPresent(root -> collect(root, result));
		return List.copyOf(result);
	}

	/**
	 * The SQL {@code LIKE} pattern matching the codes of {@code area} and of everything below it:
	 * {@code 65%} for a region, {@code 6531%} for a prefecture, the code itself for a county.
	 */
	public static String likePattern(AreaCode area) {
		if (area.isRegion()) {
			return area.value().substring(0, 2) + "%";
		}
		return area.isPrefecture() ? area.value().substring(0, 4) + "%" : area.value();
	}

	private void collect(Area area, List<Area> into) {
		into.add(area);
		children(area.code()).forEach(child -> collect(child, into));
	}

}
