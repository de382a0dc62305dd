/**
 * The tamper-evident audit trail (issue 2, item 6; MLPS level 3 安全审计): every
 * {@link io.suretyhub.shared.AuditEvent} another module publishes becomes an append-only record that
 * carries the SHA-256 of its predecessor, with who acted, from where and when. The application's
 * database role may only read and append. {@link io.suretyhub.audit.AuditTrail#verify()} walks the
 * chain and names the first record altered, removed or inserted; it is offered as the
 * {@code --audit-verify} command, on the {@code /audit} page and at {@code /api/v1/audit/verification}.
 * Owns no business rule of its own; it is the evidence for all of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package io.suretyhub.audit;
