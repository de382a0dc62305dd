package io.suretyhub.policy.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.suretyhub.policy.history.HistoricalPolicy.ImportReport;
import io.suretyhub.policy.history.HistoricalPolicy.RowProblem;
import io.suretyhub.shared.AccessScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the historical register and its imports; reads filter by the viewer's scope (R-GEO-2). */
@Repository
class HistoricalRepository {

	private final JdbcClient jdbc;

	HistoricalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertImport(AccessScope by, String fileName, int rows, boolean accepted, Instant at) {
		return jdbc.sql("""
				INSERT INTO historical_import (organisation_id, area_code, file_name, row_count, accepted, imported_by, imported_at)
				VALUES (:org, :area, :file, :rows, :accepted, :by, :at) RETURNING id""")
			.param("org", by.organisationId())
			.param("area", by.area().value())
			.param("file", fileName)
			.param("rows", rows)
			.param("accepted", accepted)
			.param("by", by.accountId())
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	void insertProblem(long importId, RowProblem p) {
		jdbc.sql("""
				INSERT INTO historical_import_problem (import_id, row_no, field, message_key, argument, value)
				VALUES (:import, :row, :field, :key, :argument, :value)""")
			.param("import", importId)
			.param("row", p.row())
			.param("field", p.field())
			.param("key", p.messageKey())
			.param("argument", p.argument())
			.param("value", p.value())
			.update();
	}

	void insertPolicy(long importId, long organisationId, HistoricalRowCheck.Checked r) {
		jdbc.sql("""
				INSERT INTO historical_policy (import_id, organisation_id, number, insurer_name, contractor_name,
				  contractor_credit_code, project_name, area_code, sum_insured, premium, period_start, period_end, issued_on)
				VALUES (:import, :org, :number, :insurer, :contractor, :code, :project, :area, :sum, :premium, :start, :end,
				  :issued)""")
			.param("import", importId)
			.param("org", organisationId)
			.param("number", r.number())
			.param("insurer", r.insurerName())
			.param("contractor", r.contractorName())
			.param("code", r.creditCode())
			.param("project", r.projectName())
			.param("area", r.areaCode())
			.param("sum", r.sumInsured())
			.param("premium", r.premium())
			.param("start", r.periodStart())
			.param("end", r.periodEnd())
			.param("issued", r.issuedOn())
			.update();
	}

	/** The numbers among {@code numbers} the register already holds for {@code insurerName}. */
	Set<String> registered(String insurerName, List<String> numbers) {
		if (numbers.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("SELECT number FROM historical_policy WHERE insurer_name = :insurer AND number IN (:numbers)")
			.param("insurer", insurerName)
			.param("numbers", numbers)
			.query(String.class)
			.list());
	}

	List<HistoricalPolicy> visible(AccessScope viewer, int limit) {
		return jdbc.sql("SELECT * FROM historical_policy h WHERE " + visibility(viewer)
				+ " ORDER BY h.issued_on DESC, h.id DESC LIMIT :limit")
			.param("prefix", viewer.areaPrefix())
			.param("own", viewer.organisationId())
			.param("limit", limit)
			.query(HistoricalRepository::policy)
			.list();
	}

	Optional<ImportReport> report(long id, AccessScope viewer) {
		return jdbc.sql("SELECT * FROM historical_import h WHERE h.id = :id AND " + visibility(viewer))
			.param("id", id)
			.param("prefix", viewer.areaPrefix())
			.param("own", viewer.organisationId())
			.query((rs, row) -> new ImportReport(rs.getLong("id"), rs.getString("file_name"), rs.getInt("row_count"),
					rs.getBoolean("accepted"), problems(id)))
			.optional();
	}

	private List<RowProblem> problems(long importId) {
		return jdbc.sql("""
				SELECT row_no, field, message_key, argument, value FROM historical_import_problem
				WHERE import_id = :id ORDER BY row_no, ctid""")
			.param("id", importId)
			.query((rs, row) -> new RowProblem(rs.getInt("row_no"), rs.getString("field"), rs.getString("message_key"),
					rs.getString("argument"), rs.getString("value")))
			.list();
	}

	private static String visibility(AccessScope viewer) {
		return switch (viewer.role()) {
			case REGION_AUTHORITY, FINANCIAL_REGULATOR, LOCAL_AUTHORITY -> "h.area_code LIKE :prefix";
			case INSURER_ADMIN, INSURER_STAFF -> "h.organisation_id = :own";
			default -> "FALSE";
		};
	}

	private static HistoricalPolicy policy(ResultSet rs, int row) throws SQLException {
		return new HistoricalPolicy(rs.getLong("id"), rs.getLong("import_id"), rs.getString("number"),
				rs.getString("insurer_name"), rs.getString("contractor_name"), rs.getString("contractor_credit_code"),
				rs.getString("project_name"), rs.getString("area_code"), rs.getBigDecimal("sum_insured"),
				rs.getBigDecimal("premium"), rs.getObject("period_start", LocalDate.class),
				rs.getObject("period_end", LocalDate.class), rs.getObject("issued_on", LocalDate.class),
				rs.getBoolean("historical"));
	}

}
