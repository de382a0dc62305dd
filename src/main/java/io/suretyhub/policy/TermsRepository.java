package io.suretyhub.policy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import io.suretyhub.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for insurers' underwriting terms. */
@Repository
class TermsRepository {

	private final JdbcClient jdbc;

	TermsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UnderwritingTerms> find(long insurerId) {
		return jdbc.sql("SELECT insurer_id, filed_rate, auto_issue_limit FROM underwriting_terms WHERE insurer_id = :id")
			.param("id", insurerId)
			.query((rs, row) -> new UnderwritingTerms(rs.getLong(1), rs.getBigDecimal(2),
					rs.getBigDecimal(3) == null ? null : new Money(rs.getBigDecimal(3))))
			.optional();
	}

	void save(UnderwritingTerms terms, long by, Instant at) {
		jdbc.sql("""
				INSERT INTO underwriting_terms (insurer_id, filed_rate, auto_issue_limit, updated_at, updated_by)
				VALUES (:insurer, :rate, :limit, :at, :by)
				ON CONFLICT (insurer_id) DO UPDATE SET filed_rate = :rate, auto_issue_limit = :limit, updated_at = :at,
				  updated_by = :by""")
			.param("insurer", terms.insurerId())
			.param("rate", terms.filedRate())
			.param("limit", terms.autoIssueLimit() == null ? null : terms.autoIssueLimit().amount())
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
	}

}
