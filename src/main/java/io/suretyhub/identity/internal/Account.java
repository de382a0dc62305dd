package io.suretyhub.identity.internal;

import java.time.Duration;
import java.time.Instant;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A sign-in account. It counts consecutive failed sign-in attempts (passwords and second-factor codes)
 * and locks itself for {@link #LOCK_DURATION} at the {@link #MAX_FAILURES}th; it refuses a second-factor
 * code of a time step it has already accepted.
 */
@Table("account")
public class Account {

	public static final int MAX_FAILURES = 5;

	public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Id
	private Long id;

	@Version
	private Long version;

	private String username;

	private String displayName;

	private String passwordHash;

	private Role role;

	private long organisationId;

	private String areaCode;

	private boolean enabled;

	private int failedAttempts;

	private Instant lockedUntil;

	private byte[] totpSecret;

	private boolean totpEnrolled;

	private Long totpLastStep;

	private Instant passwordChangedAt;

	private Instant createdAt;

	private Account() {
	}

	static Account open(String username, String displayName, String passwordHash, Role role, long organisationId,
			AreaCode area, Instant now) {
		var account = new Account();
		account.username = username;
		account.displayName = displayName;
		account.passwordHash = passwordHash;
		account.role = role;
		account.organisationId = organisationId;
		account.areaCode = area.value();
		account.enabled = true;
		account.passwordChangedAt = now;
		account.createdAt = now;
		return account;
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** Counts a failed attempt; answers whether this one locked the account. A locked account stays as it is. */
	boolean recordFailure(Instant now) {
		if (isLocked(now)) {
			return false;
		}
		failedAttempts++;
		if (failedAttempts < MAX_FAILURES) {
			return false;
		}
		failedAttempts = 0;
		lockedUntil = now.plus(LOCK_DURATION);
		return true;
	}

	void recordSuccess() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	void unlock() {
		recordSuccess();
	}

	/** Keeps a new, not yet confirmed secret (encrypted); any earlier enrolment is void. */
	void startEnrolment(byte[] encryptedSecret) {
		totpSecret = encryptedSecret.clone();
		totpEnrolled = false;
		totpLastStep = null;
	}

	/** Takes a correct code of {@code step}; refuses (answers false) a step not later than the last accepted one. */
	boolean acceptStep(long step) {
		if (totpLastStep != null && step <= totpLastStep) {
			return false;
		}
		totpLastStep = step;
		return true;
	}

	void confirmEnrolment() {
		if (totpSecret == null) {
			throw new IllegalStateException("No secret to confirm");
		}
		totpEnrolled = true;
	}

	void resetSecondFactor() {
		totpSecret = null;
		totpEnrolled = false;
		totpLastStep = null;
	}

	void changePassword(String newHash, Instant now) {
		passwordHash = newHash;
		passwordChangedAt = now;
	}

	public AccessScope scope() {
		return new AccessScope(id, username, organisationId, AreaCode.of(areaCode), role);
	}

	public Long id() {
		return id;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public Role role() {
		return role;
	}

	public long organisationId() {
		return organisationId;
	}

	public String areaCode() {
		return areaCode;
	}

	public boolean enabled() {
		return enabled;
	}

	public int failedAttempts() {
		return failedAttempts;
	}

	public byte[] totpSecret() {
		return totpSecret == null ? null : totpSecret.clone();
	}

	public boolean totpEnrolled() {
		return totpEnrolled;
	}

	public boolean requiresSecondFactor() {
		return role.requiresSecondFactor();
	}

}
