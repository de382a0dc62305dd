package io.suretyhub.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import io.suretyhub.area.Areas;
import io.suretyhub.organisation.Organisation;
import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationSearch;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for organisations. Every read that serves a viewer filters by the viewer's scope in SQL. */
@Repository
public class OrganisationRepository {

	static final int EXPORT_LIMIT = 100_000;

	private static final String SELECT = "SELECT o.id, o.name, o.kind, o.area_code, o.credit_code, o.parent_id, o.address,"
			+ " o.contact_person, o.contact_phone, o.registered_at FROM organisation o";

	private final JdbcClient jdbc;

	OrganisationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(OrganisationKind kind, String name, AreaCode area, String creditCode, Long parentId,
			String address, String contactPerson, String contactPhone, Instant at) {
		return jdbc.sql("""
				INSERT INTO organisation (name, kind, area_code, credit_code, parent_id, address, contact_person,
				  contact_phone, registered_at)
				VALUES (:name, :kind, :area, :credit, :parent, :address, :person, :phone, :at) RETURNING id""")
			.param("name", name)
			.param("kind", kind.name())
			.param("area", area.value())
			.param("credit", creditCode)
			.param("parent", parentId)
			.param("address", address)
			.param("person", contactPerson)
			.param("phone", contactPhone)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	public Optional<Organisation> find(long id) {
		return jdbc.sql(SELECT + " WHERE o.id = :id").param("id", id).query(this::map).optional();
	}

	public Optional<Organisation> find(long id, AccessScope viewer) {
		var visibility = OrganisationVisibility.of(viewer);
		return jdbc.sql(SELECT + " WHERE o.id = :id AND " + visibility.condition())
			.param("id", id)
			.params(visibility.parameters())
			.query(this::map)
			.optional();
	}

	public boolean creditCodeTaken(String creditCode) {
		return jdbc.sql("SELECT count(*) FROM organisation WHERE credit_code = :code")
			.param("code", creditCode)
			.query(Long.class)
			.single() > 0;
	}

	public Page<Organisation> search(OrganisationSearch search, AccessScope viewer, Pageable pageable) {
		var where = where(search, viewer);
		long total = jdbc.sql("SELECT count(*) FROM organisation o" + where.sql()).params(where.parameters())
			.query(Long.class)
			.single();
		List<Organisation> rows = jdbc.sql(SELECT + where.sql() + " ORDER BY o.area_code, o.name, o.id LIMIT :limit OFFSET :offset")
			.params(where.parameters())
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(this::map)
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	public void export(OrganisationSearch search, AccessScope viewer, Consumer<Organisation> sink) {
		var where = where(search, viewer);
		jdbc.sql(SELECT + where.sql() + " ORDER BY o.area_code, o.name, o.id LIMIT " + EXPORT_LIMIT)
			.params(where.parameters())
			.query(rs -> {
				sink.accept(map(rs, 0));
			});
	}

	public List<Organisation> children(long parentId) {
		return jdbc.sql(SELECT + " WHERE o.parent_id = :parent ORDER BY o.area_code, o.id")
			.param("parent", parentId)
			.query(this::map)
			.list();
	}

	public List<Organisation> children(long parentId, AccessScope viewer) {
		var visibility = OrganisationVisibility.of(viewer);
		return jdbc.sql(SELECT + " WHERE o.parent_id = :parent AND " + visibility.condition() + " ORDER BY o.area_code, o.id")
			.param("parent", parentId)
			.params(visibility.parameters())
			.query(this::map)
			.list();
	}

	public Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("SELECT id, name FROM organisation WHERE id IN (:ids)")
				.param("ids", ids)
				.query(rs -> {
					names.put(rs.getLong(1), rs.getString(2));
				});
		}
		return names;
	}

	private static Where where(OrganisationSearch search, AccessScope viewer) {
		var visibility = OrganisationVisibility.of(viewer);
		List<String> conditions = new ArrayList<>(List.of(visibility.condition()));
		Map<String, Object> parameters = new HashMap<>(visibility.parameters());
		String text = search.text() == null ? "" : search.text().strip();
		if (!text.isEmpty()) {
			conditions.add("(o.name ILIKE :text ESCAPE '\\' OR o.credit_code = :code)");
			parameters.put("text", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			parameters.put("code", text.toUpperCase());
		}
		if (search.kind() != null) {
			conditions.add("o.kind = :kind");
			parameters.put("kind", search.kind().name());
		}
		if (search.area() != null) {
			conditions.add("o.area_code LIKE :area");
			parameters.put("area", Areas.likePattern(search.area()));
		}
		return new Where(" WHERE " + String.join(" AND ", conditions), parameters);
	}

	private Organisation map(ResultSet rs, int row) throws SQLException {
		return new Organisation(rs.getLong("id"), rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")),
				AreaCode.of(rs.getString("area_code")), rs.getString("credit_code"), rs.getObject("parent_id", Long.class),
				rs.getString("address"), rs.getString("contact_person"), rs.getString("contact_phone"),
				rs.getTimestamp("registered_at").toInstant());
	}

	private record Where(String sql, Map<String, Object> parameters) {
	}

}
