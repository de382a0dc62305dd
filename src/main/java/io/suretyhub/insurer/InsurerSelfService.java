package io.suretyhub.insurer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.suretyhub.shared.AccessScope;

/**
 * What an insurer's own business system reads and submits about its supervision (used by the open API):
 * its work reminders (R-SUP-2), its confirmed sanctions (R-SUP-3) and its quarterly reports (R-INS-6).
 */
public interface InsurerSelfService {

	/** The insurer's work reminders, newest first. */
	List<ReminderItem> reminders(long insurerId);

	/** The insurer's sanctions as confirmed by the authority (active or lifted); proposals are not shown. */
	List<SanctionItem> sanctions(long insurerId);

	/**
	 * Submits a quarterly report exactly as the insurer admin's form does (R-INS-6, R-INS-3).
	 * @return the report's id
	 */
	long submitQuarterlyReport(long insurerId, QuarterlyReport report, AccessScope by);

	record ReminderItem(long id, String subject, LocalDate respondBy, String status, Instant issuedAt,
			Instant reportedAt, String decisionReason) {
	}

	/**
	 * @param kind {@code RECTIFICATION} (at least one month, no new applications) or {@code BAN}
	 * @param status {@code ACTIVE} or {@code LIFTED}
	 */
	record SanctionItem(long id, String status, String kind, String trigger, LocalDate startsOn, LocalDate endsOn,
			String decisionReason, Instant decidedAt, Instant liftedAt) {
	}

	/** A quarterly report (R-INS-6); the lowest rate in per mille of the insured amount. */
	record QuarterlyReport(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull @Min(1) @Max(4) Integer quarter,
			@NotBlank @Size(max = 4000) String ledgerSummary, @NotBlank @Size(max = 1000) String rates,
			@NotNull @DecimalMin("0") @Digits(integer = 4, fraction = 4) BigDecimal lowestRatePerMille,
			@NotNull @Min(0) Integer policies, @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal premium,
			@NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal insuredAmount,
			@NotNull @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal solvencyRatio,
			@NotBlank @Pattern(regexp = "[ABCD]") String rating) {
	}

}
