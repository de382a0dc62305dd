package io.suretyhub.payout;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A bank transfer to one worker, as the insurer records it (R-CLM-2, R-CLM-5).
 *
 * @param line the worker's roster line
 * @param bankReference the bank's unique reference of the transfer
 * @param amount the amount transferred
 * @param paidAt when the bank executed it
 */
public record PaymentRecord(@NotNull @Min(1) Integer line,
		@NotBlank @Pattern(regexp = "[A-Za-z0-9._/-]{4,64}") String bankReference,
		@NotNull @DecimalMin("0.01") @Digits(integer = 16, fraction = 2) BigDecimal amount, @NotNull Instant paidAt) {
}
