package io.suretyhub.insurer.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A branch's head and handler with their phones, as the insurer admin changes them (Attachment 3). */
public record BranchContactForm(@NotBlank @Size(max = 50) String head,
		@NotBlank @Pattern(regexp = Phones.PATTERN, message = "{insurer.phone.format}") String headPhone,
		@NotBlank @Size(max = 50) String handler,
		@NotBlank @Pattern(regexp = Phones.PATTERN, message = "{insurer.phone.format}") String handlerPhone) {

}
