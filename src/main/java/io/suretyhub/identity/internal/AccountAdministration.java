package io.suretyhub.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the system and security administrators do with accounts: list them (never their hashes or
 * secrets), unlock a locked account, reset a second factor so that it is enrolled anew. Only accounts
 * inside the administrator's area are visible.
 */
@Service
public class AccountAdministration {

	private final AccountRepository accounts;

	private final JdbcClient jdbc;

	private final AccountAudit audit;

	private final Clock clock;

	AccountAdministration(AccountRepository accounts, JdbcClient jdbc, AccountAudit audit, Clock clock) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** One line of the account list; times in the clock's zone (China Standard Time). */
	public record AccountRow(long id, String username, String displayName, Role role, long organisationId,
			String areaCode, boolean enabled, LocalDateTime lockedUntil, int failedAttempts, boolean totpEnrolled,
			LocalDateTime passwordChangedAt) {

		public boolean locked() {
			return lockedUntil != null;
		}

	}

	@Transactional(readOnly = true)
	public List<AccountRow> list(AccessScope scope) {
		return jdbc.sql("""
				select id, username, display_name, role, organisation_id, area_code, enabled, failed_attempts,
				       totp_enrolled, password_changed_at,
				       case when locked_until > :now then locked_until end as locked_until
				from account where area_code like :prefix order by username limit 2000""")
			.param("now", Timestamp.from(clock.instant()))
			.param("prefix", scope.areaPrefix())
			.query(this::row)
			.list();
	}

	/** Unlocks the account; empty when there is no such account in the administrator's area. */
	@Transactional
	public Optional<String> unlock(AccessScope scope, long accountId) {
		return administer(scope, accountId, "account.unlock", Account::unlock);
	}

	/** Forgets the account's second factor: it enrols a new one at its next sign-in. */
	@Transactional
	public Optional<String> resetSecondFactor(AccessScope scope, long accountId) {
		return administer(scope, accountId, "second-factor.reset", Account::resetSecondFactor);
	}

	private Optional<String> administer(AccessScope scope, long accountId, String action, Consumer<Account> change) {
		return accounts.lockById(accountId).filter(account -> scope.covers(AreaCode.of(account.areaCode())))
			.map(account -> {
				change.accept(account);
				accounts.save(account);
				audit.bySignedInUser(action, account, "");
				return account.username();
			});
	}

	private AccountRow row(ResultSet rs, int rowNum) throws SQLException {
		return new AccountRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getLong("organisation_id"), rs.getString("area_code"),
				rs.getBoolean("enabled"), local(rs.getTimestamp("locked_until")), rs.getInt("failed_attempts"),
				rs.getBoolean("totp_enrolled"), local(rs.getTimestamp("password_changed_at")));
	}

	private LocalDateTime local(Timestamp timestamp) {
		return timestamp == null ? null : LocalDateTime.ofInstant(timestamp.toInstant(), clock.getZone());
	}

}
