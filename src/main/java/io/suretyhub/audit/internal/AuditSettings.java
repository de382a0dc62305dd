package io.suretyhub.audit.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail.
 *
 * @param trustForwardedFor take the client address from {@code X-Forwarded-For}: only behind a proxy
 * that sets it, since any client can send the header
 * @param verifyBatchSize records read per query while verifying
 */
@ConfigurationProperties("suretyhub.audit")
record AuditSettings(@DefaultValue("false") boolean trustForwardedFor, @DefaultValue("1000") int verifyBatchSize) {
}
