package io.suretyhub.seal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a certificate is revoked. */
record RevokeForm(@NotBlank @Size(max = 500) String reason) {
}
