package io.suretyhub.statistics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.shared.AreaCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes the warning and sanction read models ({@code stat_warning}, {@code stat_sanction}); every step idempotent. */
@Component
class SupervisionProjection {

	private final JdbcClient jdbc;

	SupervisionProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void warning(long obligationId, String level, String rule, AreaCode area, long owedBy, Long insurerId,
			Instant at) {
		jdbc.sql("""
				INSERT INTO stat_warning (obligation_id, level, rule, area_code, owed_by, insurer_id, issued_at)
				VALUES (:o, :level, :rule, :area, :by, :insurer, :at) ON CONFLICT DO NOTHING""")
			.param("o", obligationId)
			.param("level", level)
			.param("rule", rule)
			.param("area", area.value())
			.param("by", owedBy)
			.param("insurer", insurerId)
			.param("at", Timestamp.from(at))
			.update();
	}

	void warningClosed(long obligationId) {
		jdbc.sql("UPDATE stat_warning SET open = FALSE WHERE obligation_id = :o").param("o", obligationId).update();
	}

	void sanctioned(long sanctionId, long insurerId, boolean ban, LocalDate startsOn) {
		jdbc.sql("""
				INSERT INTO stat_sanction (sanction_id, insurer_id, ban, starts_on) VALUES (:s, :i, :ban, :on)
				ON CONFLICT (sanction_id) DO NOTHING""")
			.param("s", sanctionId)
			.param("i", insurerId)
			.param("ban", ban)
			.param("on", Date.valueOf(startsOn))
			.update();
	}

	void lifted(long sanctionId, LocalDate on) {
		jdbc.sql("UPDATE stat_sanction SET lifted_on = :on WHERE sanction_id = :s")
			.param("on", Date.valueOf(on))
			.param("s", sanctionId)
			.update();
	}

}
