package io.suretyhub.document;

import java.time.Instant;

/**
 * Published when a signed policy document has been issued (hosted, or when a remote signature was
 * accepted), inside the transaction that stored it.
 *
 * @param number the policy number
 * @param insurerId the signing insurer
 * @param sha256 SHA-256 of the signed PDF
 * @param signedAt when the platform accepted the signature
 */
public record PolicyDocumentIssued(String number, long insurerId, String sha256, Instant signedAt) {
}
