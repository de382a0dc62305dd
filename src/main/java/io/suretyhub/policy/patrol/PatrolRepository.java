package io.suretyhub.policy.patrol;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.suretyhub.policy.Policy;
import io.suretyhub.shared.AccessScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for patrols; every read filters by the viewer's scope in SQL (R-GEO-2). */
@Repository
class PatrolRepository {

	private final JdbcClient jdbc;

	PatrolRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Policy policy, PatrolKind kind, LocalDate heldOn, String findings, String followUp, long by, Instant at) {
		var t = policy.terms();
		return jdbc.sql("""
				INSERT INTO policy_patrol (policy_id, project_id, area_code, insurer_id, branch_id, kind, held_on, findings,
				  follow_up, recorded_by, recorded_at)
				VALUES (:policy, :project, :area, :insurer, :branch, :kind, :held, :findings, :followUp, :by, :at) RETURNING id""")
			.param("policy", t.id())
			.param("project", t.projectId())
			.param("area", t.area().value())
			.param("insurer", t.insurerId())
			.param("branch", t.branchId())
			.param("kind", kind.name())
			.param("held", heldOn)
			.param("findings", findings)
			.param("followUp", followUp)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	void attach(long patrolId, Patrol.Upload upload, byte[] sha256) {
		jdbc.sql("""
				INSERT INTO policy_patrol_attachment (patrol_id, file_name, content_type, size, sha256, content)
				VALUES (:patrol, :name, :type, :size, :sha, :content)""")
			.param("patrol", patrolId)
			.param("name", upload.fileName())
			.param("type", upload.contentType())
			.param("size", upload.content().length)
			.param("sha", HexFormat.of().formatHex(sha256))
			.param("content", upload.content())
			.update();
	}

	/** The patrols {@code viewer} may see, newest first; {@code policyId}/{@code projectId} narrow it when given. */
	List<Patrol> visible(AccessScope viewer, Long policyId, Long projectId, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("prefix", viewer.areaPrefix());
		params.put("own", viewer.organisationId());
		params.put("policy", policyId == null ? 0L : policyId);
		params.put("project", projectId == null ? 0L : projectId);
		params.put("limit", limit);
		List<Patrol> patrols = jdbc.sql("SELECT * FROM policy_patrol p WHERE " + visibility(viewer)
				+ (policyId == null ? "" : " AND p.policy_id = :policy")
				+ (projectId == null ? "" : " AND p.project_id = :project")
				+ " ORDER BY p.held_on DESC, p.id DESC LIMIT :limit")
			.params(params)
			.query(PatrolRepository::map)
			.list();
		if (patrols.isEmpty()) {
			return patrols;
		}
		Map<Long, List<Patrol.Attachment>> files = jdbc.sql("""
				SELECT id, patrol_id, file_name, content_type, size FROM policy_patrol_attachment
				WHERE patrol_id IN (:ids) ORDER BY id""")
			.param("ids", patrols.stream().map(Patrol::id).toList())
			.query((rs, row) -> Map.entry(rs.getLong("patrol_id"), new Patrol.Attachment(rs.getLong("id"),
					rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return patrols.stream()
			.map(p -> new Patrol(p.id(), p.policyId(), p.projectId(), p.areaCode(), p.kind(), p.heldOn(), p.findings(),
					p.followUp(), p.recordedAt(), files.getOrDefault(p.id(), List.of())))
			.toList();
	}

	Optional<Patrol.Content> attachment(long id, AccessScope viewer) {
		return jdbc.sql("SELECT a.file_name, a.content_type, a.content FROM policy_patrol_attachment a"
				+ " JOIN policy_patrol p ON p.id = a.patrol_id WHERE a.id = :id AND " + visibility(viewer))
			.param("id", id)
			.param("prefix", viewer.areaPrefix())
			.param("own", viewer.organisationId())
			.query((rs, row) -> new Patrol.Content(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	private static String visibility(AccessScope viewer) {
		return switch (viewer.role()) {
			case REGION_AUTHORITY, FINANCIAL_REGULATOR, LOCAL_AUTHORITY -> "p.area_code LIKE :prefix";
			case INSURER_ADMIN, INSURER_STAFF -> "(p.insurer_id = :own OR p.branch_id = :own)";
			default -> "FALSE";
		};
	}

	private static Patrol map(ResultSet rs, int row) throws SQLException {
		return new Patrol(rs.getLong("id"), rs.getLong("policy_id"), rs.getLong("project_id"), rs.getString("area_code"),
				PatrolKind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class), rs.getString("findings"),
				rs.getString("follow_up"), rs.getTimestamp("recorded_at").toInstant(), List.of());
	}

}
