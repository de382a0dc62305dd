/**
 * Demo data: on the first start with an empty database, the region authority, local authorities,
 * the financial regulator, three fictional insurers (filed with sample documents, registered, qualified,
 * with branches, a hosted seal key from the DEMO CA and a filed rate), five fictional contractors, a few
 * projects (two with a signed policy, one ready for an application, one awaiting the ratio decision) and a
 * login for each role; the console prints the address and every demo login. Everything goes through the
 * other modules' public APIs, as their users would. Turned off with {@code suretyhub.demo.enabled=false}
 * (tests do).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package io.suretyhub.demo;
