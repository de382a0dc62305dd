/**
 * Open API: the signed interface under {@code /open/v1} through which insurers' own business systems
 * take part online (W Art 3(6), 5(3); R-SUP-3, R-POL-1, R-POL-2, R-POL-5, R-CLM-2, R-CLM-5): they pull new
 * applications, return the underwriting result or a refusal, read payment notices (the roster in full only
 * through the payout module's audited display) and report payments, and read what the platform sent them. Every request is
 * signed (HMAC-SHA256 or ECDSA P-256 over method, path, query, timestamp, nonce and the body's digest),
 * refused when stale or replayed, and every POST is idempotent by its {@code Idempotency-Key}. Events for
 * an insurer go into this module's outbox in the transaction of the listener, are delivered to the
 * system's webhook signed the same way and retried with backoff, and can be pulled by cursor.
 * {@code docs/open-api.md} states the signing rules with a worked example.
 * <p>
 * The module offers no API to other modules; it listens to their events and calls their APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open API")
package io.suretyhub.openapi;
