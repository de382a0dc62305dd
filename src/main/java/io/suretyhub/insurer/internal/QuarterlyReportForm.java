package io.suretyhub.insurer.internal;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A quarterly report (R-INS-6): the underwriting ledger summary, the rates charged (the lowest in per mille
 * of the insured amount), business figures and the quarter's solvency disclosure.
 */
public record QuarterlyReportForm(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull @Min(1) @Max(4) Integer quarter,
		@NotBlank @Size(max = 4000) String ledgerSummary, @NotBlank @Size(max = 1000) String rates,
		@NotNull @DecimalMin("0") @Digits(integer = 4, fraction = 4) BigDecimal lowestRatePerMille,
		@NotNull @Min(0) Integer policies, @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal premium,
		@NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal insuredAmount,
		@NotNull @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal solvencyRatio,
		@NotBlank @Pattern(regexp = "[ABCD]") String rating) {

}
