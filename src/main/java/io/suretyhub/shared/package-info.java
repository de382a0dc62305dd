/**
 * The shared kernel: value types every module may use (money, area codes, credit codes) and the
 * {@link io.suretyhub.shared.RuleViolation} exception that names the rule it enforces.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package io.suretyhub.shared;
