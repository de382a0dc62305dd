package io.suretyhub.area;

import java.util.List;

import io.suretyhub.shared.AreaCode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the configured area files into the {@code area} table. An upsert: running it again, on any
 * number of nodes, changes nothing unless a file changed; areas are never deleted, since records
 * keep referring to them.
 */
@Component
@EnableConfigurationProperties(AreaSettings.class)
class AreaLoader {

	private static final Logger log = LoggerFactory.getLogger(AreaLoader.class);

	private static final String UPSERT = """
			INSERT INTO area (code, parent_code, name_zh, name_en, level) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (code) DO UPDATE SET parent_code = excluded.parent_code, name_zh = excluded.name_zh,
			  name_en = excluded.name_en, level = excluded.level
			WHERE (area.parent_code, area.name_zh, area.name_en, area.level)
			  IS DISTINCT FROM (excluded.parent_code, excluded.name_zh, excluded.name_en, excluded.level)
			""";

	private final AreaSettings settings;

	private final ResourceLoader resources;

	private final JdbcTemplate jdbc;

	AreaLoader(AreaSettings settings, ResourceLoader resources, JdbcTemplate jdbc) {
		this.settings = settings;
		this.resources = resources;
		this.jdbc = jdbc;
	}

	/** Upserts every configured file and answers the whole tree as now stored. */
	@Transactional
	public List<Area> load() {
		for (String location : settings.files()) {
			List<Area> areas = AreaFile.read(resources.getResource(location.strip()));
			jdbc.batchUpdate(UPSERT, areas, 200, (statement, area) -> {
				statement.setString(1, area.code().value());
				statement.setString(2, area.parent() == null ? null : area.parent().value());
				statement.setString(3, area.nameZh());
				statement.setString(4, area.nameEn());
				statement.setString(5, area.level().name());
			});
			log.info("Loaded {} areas from {}", areas.size(), location);
		}
		return stored();
	}

	List<Area> stored() {
		return JdbcClient.create(jdbc)
			.sql("SELECT code, parent_code, name_zh, name_en, level FROM area ORDER BY code")
			.query((rs, n) -> new Area(AreaCode.of(rs.getString(1)),
					rs.getString(2) == null ? null : AreaCode.of(rs.getString(2)), rs.getString(3),
					rs.getString(4), AreaLevel.valueOf(rs.getString(5))))
			.list();
	}

}
