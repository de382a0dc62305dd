package io.suretyhub.seal.web;

import io.suretyhub.seal.KeyType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request for a key the platform holds: the insurer's name for the certificate, and the key type (default EC P-256). */
record HostedKeyForm(@NotBlank @Size(max = 200) String subjectName, KeyType keyType) {
}
