package io.suretyhub.project.internal;

import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import io.suretyhub.area.Areas;
import io.suretyhub.project.ConstructionKind;
import io.suretyhub.project.Project;
import io.suretyhub.project.ProjectSearch;
import io.suretyhub.project.ProjectType;
import io.suretyhub.project.ProjectWorks;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for projects. Every read that serves a viewer filters by the viewer's scope in SQL. */
@Repository
public class ProjectRepository {

	static final int EXPORT_LIMIT = 100_000;

	private static final String SELECT = "SELECT p.id, p.name, p.contractor_id, p.area_code, p.owner_name,"
			+ " p.contract_price, p.address, p.registered_at, p.project_type, p.works, p.construction_kind, p.period_start,"
			+ " p.period_end, p.permit_number, p.permit_date, p.contract_date, p.completed_on FROM project p";

	private final JdbcClient jdbc;

	ProjectRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(ProjectCheck.Checked p, Instant at) {
		ProjectDates d = p.dates();
		return jdbc.sql("""
				INSERT INTO project (name, contractor_id, area_code, owner_name, contract_price, address, registered_at,
				  project_type, works, construction_kind, period_start, period_end, permit_number, permit_date, contract_date)
				VALUES (:name, :contractor, :area, :owner, :price, :address, :at, :type, :works, :kind, :start, :end,
				  :permit, :permitDate, :contractDate) RETURNING id""")
			.param("name", p.name())
			.param("contractor", p.contractorId())
			.param("area", p.area().code().value())
			.param("owner", p.ownerName())
			.param("price", p.contractPrice().setScale(2, RoundingMode.UNNECESSARY))
			.param("address", p.address())
			.param("at", Timestamp.from(at))
			.param("type", p.type().name())
			.param("works", p.works().name())
			.param("kind", p.kind().name())
			.param("start", d.periodStart())
			.param("end", d.periodEnd())
			.param("permit", d.permitNumber())
			.param("permitDate", d.permitDate())
			.param("contractDate", d.contractDate())
			.query(Long.class)
			.single();
	}

	/** Records completion once; answers whether it changed anything. */
	public boolean complete(long id, LocalDate day) {
		return jdbc.sql("UPDATE project SET completed_on = :day WHERE id = :id AND completed_on IS NULL")
			.param("day", day)
			.param("id", id)
			.update() == 1;
	}

	public Optional<Project> find(long id) {
		return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(this::map).optional();
	}

	public Optional<Project> find(long id, AccessScope viewer) {
		var visibility = ProjectVisibility.of(viewer);
		return jdbc.sql(SELECT + " WHERE p.id = :id AND " + visibility.condition())
			.param("id", id)
			.params(visibility.parameters())
			.query(this::map)
			.optional();
	}

	public Page<Project> search(ProjectSearch search, AccessScope viewer, Pageable pageable) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(search, viewer, parameters);
		long total = jdbc.sql("SELECT count(*) FROM project p" + where).params(parameters).query(Long.class).single();
		parameters.put("limit", pageable.getPageSize());
		parameters.put("offset", pageable.getOffset());
		return new PageImpl<>(jdbc.sql(SELECT + where + " ORDER BY p.registered_at DESC, p.id DESC LIMIT :limit OFFSET :offset")
			.params(parameters)
			.query(this::map)
			.list(), pageable, total);
	}

	public void export(ProjectSearch search, AccessScope viewer, Consumer<Project> sink) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(search, viewer, parameters);
		jdbc.sql(SELECT + where + " ORDER BY p.registered_at DESC, p.id DESC LIMIT " + EXPORT_LIMIT)
			.params(parameters)
			.query(rs -> {
				sink.accept(map(rs, 0));
			});
	}

	private static String where(ProjectSearch search, AccessScope viewer, Map<String, Object> parameters) {
		var visibility = ProjectVisibility.of(viewer);
		parameters.putAll(visibility.parameters());
		List<String> conditions = new ArrayList<>(List.of(visibility.condition()));
		String text = search.text() == null ? "" : search.text().strip();
		if (!text.isEmpty()) {
			conditions.add("(p.name ILIKE :text ESCAPE '\\' OR p.owner_name ILIKE :text ESCAPE '\\'"
					+ " OR p.address ILIKE :text ESCAPE '\\')");
			parameters.put("text", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (search.area() != null) {
			conditions.add("p.area_code LIKE :area");
			parameters.put("area", Areas.likePattern(search.area()));
		}
		return " WHERE " + String.join(" AND ", conditions);
	}

	private Project map(ResultSet rs, int row) throws SQLException {
		return new Project(rs.getLong("id"), rs.getString("name"), rs.getLong("contractor_id"),
				AreaCode.of(rs.getString("area_code")), rs.getString("owner_name"),
				new Money(rs.getBigDecimal("contract_price")), rs.getString("address"),
				rs.getTimestamp("registered_at").toInstant(), constant(ProjectType.class, rs.getString("project_type")),
				constant(ProjectWorks.class, rs.getString("works")),
				constant(ConstructionKind.class, rs.getString("construction_kind")),
				rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
				rs.getString("permit_number"), rs.getObject("permit_date", LocalDate.class),
				rs.getObject("contract_date", LocalDate.class), rs.getObject("completed_on", LocalDate.class));
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

}
