package io.suretyhub.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves {@link Policy} aggregates (optimistic version check); scoped reads filter in SQL. */
@Repository
class PolicyRepository {

	private final JdbcClient jdbc;

	PolicyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Policy.PolicyTerms t) {
		return jdbc.sql("""
				INSERT INTO policy (project_id, contractor_id, area_code, insurer_id, branch_id, sum_insured, remaining,
				  period_start, period_end, renewal_of, applied_at, status)
				VALUES (:project, :contractor, :area, :insurer, :branch, :sum, :sum, :start, :end, :renewalOf, :at,
				  'APPLIED') RETURNING id""")
			.param("project", t.projectId())
			.param("contractor", t.contractorId())
			.param("area", t.area().value())
			.param("insurer", t.insurerId())
			.param("branch", t.branchId())
			.param("sum", t.sumInsured().amount())
			.param("start", t.periodStart())
			.param("end", t.periodEnd())
			.param("renewalOf", t.renewalOf())
			.param("at", Timestamp.from(t.appliedAt()))
			.query(Long.class)
			.single();
	}

	Optional<Versioned> find(long id) {
		return jdbc.sql("SELECT * FROM policy WHERE id = :id").param("id", id).query(PolicyRepository::map).optional();
	}

	/** Loads a policy and locks its row until the transaction ends, so that concurrent payouts queue (R-CLM-5). */
	Optional<Versioned> findForUpdate(long id) {
		return jdbc.sql("SELECT * FROM policy WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(PolicyRepository::map)
			.optional();
	}

	Optional<Versioned> find(long id, AccessScope viewer) {
		var visibility = visibility(viewer);
		return jdbc.sql("SELECT * FROM policy p WHERE p.id = :id AND " + visibility)
			.param("id", id)
			.params(scopeParameters(viewer))
			.query(PolicyRepository::map)
			.optional();
	}

	List<Policy> list(AccessScope viewer, String condition, Map<String, Object> parameters, int limit) {
		Map<String, Object> all = new HashMap<>(scopeParameters(viewer));
		all.putAll(parameters);
		all.put("limit", limit);
		return jdbc.sql("SELECT * FROM policy p WHERE " + visibility(viewer) + " AND " + condition
				+ " ORDER BY p.applied_at DESC, p.id DESC LIMIT :limit")
			.params(all)
			.query(PolicyRepository::map)
			.list()
			.stream()
			.map(Versioned::policy)
			.toList();
	}

	/** Ids of policies whose date-driven transition is due on {@code day}. */
	List<Long> dueOn(LocalDate day) {
		return jdbc.sql("""
				SELECT id FROM policy WHERE (status = 'ISSUED' AND period_start <= :day)
				  OR (status IN ('ISSUED', 'IN_FORCE') AND period_end < :day) ORDER BY id""")
			.param("day", day)
			.query(Long.class)
			.list();
	}

	/** Records the obligation opened for the policy under {@code rule} (R-POL-2 or R-POL-6). */
	void obligation(long id, String rule, long obligationId) {
		jdbc.sql("UPDATE policy SET " + obligationColumn(rule) + " = :o WHERE id = :id").param("o", obligationId)
			.param("id", id).update();
	}

	Optional<Long> obligation(long id, String rule) {
		return jdbc.sql("SELECT " + obligationColumn(rule) + " FROM policy WHERE id = :id").param("id", id)
			.query(Long.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
	}

	private static String obligationColumn(String rule) {
		return switch (rule) {
			case "R-POL-2" -> "underwriting_obligation";
			case "R-POL-6" -> "renewal_obligation";
			default -> throw new IllegalArgumentException("No obligation column for " + rule);
		};
	}

	/** The issued renewal of a policy, if any. */
	Optional<Long> successor(long id) {
		return jdbc.sql("SELECT id FROM policy WHERE renewal_of = :id AND status NOT IN ('APPLIED', 'REFUSED')")
			.param("id", id)
			.query(Long.class)
			.optional();
	}

	/** Whether the project has an application or a live policy other than {@code except}. */
	boolean activeOnProject(long projectId, Long except) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM policy WHERE project_id = :project AND id <> :except
				  AND status IN ('APPLIED', 'ISSUED', 'IN_FORCE', 'SURRENDER_REQUESTED'))""")
			.param("project", projectId)
			.param("except", except == null ? -1L : except)
			.query(Boolean.class)
			.single();
	}

	void save(Versioned versioned) {
		Policy p = versioned.policy();
		Policy.Underwritten u = p.underwritten();
		CounterGuarantee cg = u == null ? null : u.counterGuarantee();
		Policy.Surrender s = p.surrender();
		Map<String, Object> values = new HashMap<>();
		values.put("id", p.id());
		values.put("version", versioned.version());
		values.put("status", p.status().name());
		values.put("remaining", p.remaining().amount());
		values.put("rate", u == null ? null : u.rate());
		values.put("premium", u == null ? null : u.premium().amount());
		values.put("number", u == null ? null : u.number());
		values.put("code", u == null ? null : u.verificationCode());
		values.put("underwriter", u == null ? null : u.underwriter());
		values.put("issuedAt", u == null ? null : Timestamp.from(u.issuedAt()));
		values.put("cgAgreement", cg == null ? null : cg.agreementNumber());
		values.put("cgAmount", cg == null ? null : cg.amount().amount());
		values.put("cgForm", cg == null ? null : cg.formAndScope());
		values.put("cgStart", cg == null ? null : cg.start());
		values.put("cgEnd", cg == null ? null : cg.end());
		values.put("refusal", p.refusalReason());
		values.put("sReason", s == null ? null : s.reason());
		values.put("sAt", s == null ? null : Timestamp.from(s.requestedAt()));
		values.put("sBefore", s == null ? null : s.statusBefore().name());
		values.put("sBy", s == null ? null : s.approvedBy());
		values.put("sApprovedAt", s == null || s.approvedAt() == null ? null : Timestamp.from(s.approvedAt()));
		int updated = jdbc.sql("""
				UPDATE policy SET status = :status, remaining = :remaining, rate = :rate, premium = :premium,
				  number = :number, verification_code = :code, underwriter = :underwriter, issued_at = :issuedAt,
				  cg_agreement = :cgAgreement, cg_amount = :cgAmount, cg_form_scope = :cgForm, cg_start = :cgStart,
				  cg_end = :cgEnd, refusal_reason = :refusal, surrender_reason = :sReason, surrender_requested_at = :sAt,
				  surrender_status_before = :sBefore, surrender_approved_by = :sBy, surrender_approved_at = :sApprovedAt,
				  version = version + 1
				WHERE id = :id AND version = :version""")
			.params(values)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Policy " + p.id() + " changed meanwhile");
		}
	}

	private static String visibility(AccessScope viewer) {
		return switch (viewer.role()) {
			case REGION_AUTHORITY, FINANCIAL_REGULATOR, LOCAL_AUTHORITY -> "p.area_code LIKE :scopePrefix";
			case CONTRACTOR -> "p.contractor_id = :scopeOwn";
			case INSURER_ADMIN, INSURER_STAFF -> "(p.insurer_id = :scopeOwn OR p.branch_id = :scopeOwn)";
			default -> "FALSE";
		};
	}

	private static Map<String, Object> scopeParameters(AccessScope viewer) {
		return Map.of("scopePrefix", viewer.areaPrefix(), "scopeOwn", viewer.organisationId());
	}

	private static Versioned map(ResultSet rs, int row) throws SQLException {
		var terms = new Policy.PolicyTerms(rs.getLong("id"), rs.getLong("project_id"), rs.getLong("contractor_id"),
				AreaCode.of(rs.getString("area_code")), rs.getLong("insurer_id"), rs.getLong("branch_id"),
				new Money(rs.getBigDecimal("sum_insured")), rs.getObject("period_start", LocalDate.class),
				rs.getObject("period_end", LocalDate.class), rs.getObject("renewal_of", Long.class),
				rs.getTimestamp("applied_at").toInstant());
		Policy.Underwritten underwritten = null;
		if (rs.getString("number") != null) {
			CounterGuarantee cg = rs.getString("cg_agreement") == null ? null
					: new CounterGuarantee(rs.getString("cg_agreement"), new Money(rs.getBigDecimal("cg_amount")),
							rs.getString("cg_form_scope"), rs.getObject("cg_start", LocalDate.class),
							rs.getObject("cg_end", LocalDate.class));
			underwritten = new Policy.Underwritten(rs.getBigDecimal("rate"), new Money(rs.getBigDecimal("premium")), cg,
					rs.getString("number"), rs.getString("verification_code"), rs.getString("underwriter"),
					rs.getTimestamp("issued_at").toInstant());
		}
		Policy.Surrender surrender = null;
		if (rs.getString("surrender_reason") != null) {
			Timestamp approved = rs.getTimestamp("surrender_approved_at");
			surrender = new Policy.Surrender(rs.getString("surrender_reason"),
					rs.getTimestamp("surrender_requested_at").toInstant(),
					PolicyStatus.valueOf(rs.getString("surrender_status_before")),
					rs.getObject("surrender_approved_by", Long.class), approved == null ? null : approved.toInstant());
		}
		var policy = new Policy(terms, PolicyStatus.valueOf(rs.getString("status")), new Money(rs.getBigDecimal("remaining")),
				underwritten, rs.getString("refusal_reason"), surrender);
		return new Versioned(policy, rs.getInt("version"));
	}

	/** A loaded policy with the version it was read at. */
	record Versioned(Policy policy, int version) {
	}


}
