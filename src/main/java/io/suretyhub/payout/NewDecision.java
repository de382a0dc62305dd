package io.suretyhub.payout;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The labour authority's administrative decision ordering the contractor to pay (责令限期清偿, R-CLM-1).
 *
 * @param projectId the project in arrears
 * @param number the decision's number
 * @param date the decision's date
 * @param paymentDeadline the deadline it set for the contractor
 * @param amount the wages it orders paid
 * @param workers how many workers it concerns
 */
public record NewDecision(@NotNull Long projectId, @NotBlank @Size(max = 100) String number, @NotNull LocalDate date,
		@NotNull LocalDate paymentDeadline, @NotNull @DecimalMin("0.01") @Digits(integer = 16, fraction = 2) BigDecimal amount,
		@NotNull @Min(1) Integer workers) {
}
