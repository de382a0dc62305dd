package io.suretyhub.insurer.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One row of the branch table (Attachment 3). */
public record BranchForm(@NotBlank @Size(max = 200) String name,
		@NotBlank @Pattern(regexp = "\\d{4}00", message = "{insurer.branch.prefecture.format}") String prefecture,
		@NotBlank @Size(max = 300) String address, @NotBlank @Size(max = 50) String head,
		@NotBlank @Pattern(regexp = Phones.PATTERN, message = "{insurer.phone.format}") String headPhone,
		@NotBlank @Size(max = 50) String handler,
		@NotBlank @Pattern(regexp = Phones.PATTERN, message = "{insurer.phone.format}") String handlerPhone) {

}
