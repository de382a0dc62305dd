package io.suretyhub.insurer.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The insurer's part of the filing form (Attachment 2); name and credit code come from its registration.
 */
public record FilingForm(@NotBlank @Size(max = 300) String businessAddress,
		@NotBlank @Size(max = 50) String legalRepresentative,
		@NotBlank @Pattern(regexp = "\\d{17}[\\dX]", message = "{insurer.filing.idNumber.format}") String legalRepIdNumber,
		@NotBlank @Size(max = 50) String provincialHead,
		@NotBlank @Pattern(regexp = Phones.PATTERN, message = "{insurer.phone.format}") String contactPhone) {

}
