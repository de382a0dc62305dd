package io.suretyhub.obligation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import io.suretyhub.obligation.Parties;
import io.suretyhub.obligation.Subject;
import io.suretyhub.shared.AreaCode;

/** Reading and writing the module's columns with plain JDBC. */
final class Sql {

	private Sql() {
	}

	static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	static Parties parties(ResultSet rs) throws SQLException {
		long owedTo = rs.getLong("owed_to_organisation");
		Long organisation = rs.wasNull() ? null : owedTo;
		String authority = rs.getString("owed_to_authority");
		return new Parties(rs.getLong("owed_by"), organisation, authority == null ? null : AreaCode.of(authority));
	}

	static Subject subject(ResultSet rs) throws SQLException {
		return new Subject(rs.getString("subject_type"), rs.getString("subject_id"));
	}

}
