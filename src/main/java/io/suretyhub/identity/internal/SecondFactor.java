package io.suretyhub.identity.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;

import io.suretyhub.shared.AuditEvent.Outcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TOTP second factor: enrolment (a new secret, confirmed by a first code) and verification at every
 * sign-in. Wrong codes count towards the lockout like wrong passwords; a code is never accepted twice.
 */
@Service
public class SecondFactor {

	public static final String ISSUER = "SuretyHub";

	private static final int SECRET_BYTES = 20;

	private final AccountRepository accounts;

	private final SecretCipher cipher;

	private final AccountAudit audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SecondFactor(AccountRepository accounts, SecretCipher cipher, AccountAudit audit, Clock clock) {
		this.accounts = accounts;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
	}

	public enum Verdict {

		/** The code was right: the sign-in is complete. */
		ACCEPTED,
		/** Wrong, malformed or already used code; the account may try again. */
		REJECTED,
		/** The account is locked (now or already): the sign-in is over. */
		LOCKED

	}

	/** A secret being enrolled: base32 for typing, and the {@code otpauth://} URI for the QR code. */
	public record Enrolment(String secret, String uri) {
	}

	/** The secret the account is to enrol, made (and stored, encrypted) on first call. */
	@Transactional
	public Enrolment pendingEnrolment(long accountId) {
		Account account = accounts.lockById(accountId).orElseThrow();
		if (account.totpEnrolled()) {
			throw new IllegalStateException("Already enrolled");
		}
		byte[] secret;
		if (account.totpSecret() == null) {
			secret = new byte[SECRET_BYTES];
			random.nextBytes(secret);
			account.startEnrolment(cipher.encrypt(secret, owner(account)));
			accounts.save(account);
		}
		else {
			secret = cipher.decrypt(account.totpSecret(), owner(account));
		}
		String base32 = Base32.encode(secret);
		String label = URLEncoder.encode(ISSUER + ":" + account.username(), StandardCharsets.UTF_8);
		return new Enrolment(base32, "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + ISSUER);
	}

	/** Confirms the pending secret with a first code; on success the account is enrolled and signed in. */
	@Transactional
	public Verdict confirmEnrolment(long accountId, String code) {
		Account account = accounts.lockById(accountId).orElseThrow();
		if (account.totpEnrolled() || account.totpSecret() == null) {
			return Verdict.REJECTED;
		}
		Verdict verdict = check(account, code);
		if (verdict == Verdict.ACCEPTED) {
			account.confirmEnrolment();
			accounts.save(account);
			audit.byOwner("second-factor.enrol", account, Outcome.SUCCESS, "TOTP");
			audit.byOwner("login", account, Outcome.SUCCESS, "password and TOTP");
		}
		return verdict;
	}

	/** Verifies a code of an enrolled account; on success it is signed in. */
	@Transactional
	public Verdict verify(long accountId, String code) {
		Account account = accounts.lockById(accountId).orElseThrow();
		if (!account.totpEnrolled()) {
			return Verdict.REJECTED;
		}
		Verdict verdict = check(account, code);
		if (verdict == Verdict.ACCEPTED) {
			audit.byOwner("login", account, Outcome.SUCCESS, "password and TOTP");
		}
		return verdict;
	}

	public boolean isEnrolled(long accountId) {
		return accounts.findById(accountId).map(Account::totpEnrolled).orElse(false);
	}

	private Verdict check(Account account, String code) {
		Instant now = clock.instant();
		if (account.isLocked(now) || !account.enabled()) {
			audit.byOwner("login.second-factor", account, Outcome.FAILURE, "account locked");
			return Verdict.LOCKED;
		}
		byte[] secret = cipher.decrypt(account.totpSecret(), owner(account));
		OptionalLong step = Totp.matchingStep(secret, code == null ? "" : code.replace(" ", ""), now);
		if (step.isPresent() && account.acceptStep(step.getAsLong())) {
			account.recordSuccess();
			accounts.save(account);
			return Verdict.ACCEPTED;
		}
		boolean lockedNow = account.recordFailure(now);
		accounts.save(account);
		audit.byOwner("login.second-factor", account, Outcome.FAILURE,
				step.isPresent() ? "code already used" : "wrong code");
		if (lockedNow) {
			audit.lockedOut(account);
			return Verdict.LOCKED;
		}
		return Verdict.REJECTED;
	}

	static String owner(Account account) {
		return "account:" + account.id();
	}

}
