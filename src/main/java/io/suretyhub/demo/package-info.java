/**
 * Demo data: on the first start with an empty database, the region authority, local authorities,
 * the financial regulator, three fictional insurers with their branches, five fictional contractors,
 * a few projects and a login for each role; the console prints the address and every demo login.
 * Turned off with {@code suretyhub.demo.enabled=false} (tests do).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package io.suretyhub.demo;
