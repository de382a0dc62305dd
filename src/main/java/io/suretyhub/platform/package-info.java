/**
 * Technical platform: the embedded PostgreSQL server used when no external database is configured,
 * the injected {@link java.time.Clock}, message bundles, locale handling and error rendering.
 * Owns no business rule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package io.suretyhub.platform;
