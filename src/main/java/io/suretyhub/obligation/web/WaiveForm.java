package io.suretyhub.obligation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An authority's reason for waiving an obligation. */
record WaiveForm(@NotBlank(message = "{obligation.error.reason}") @Size(max = 500,
		message = "{obligation.error.reason}") String reason) {
}
