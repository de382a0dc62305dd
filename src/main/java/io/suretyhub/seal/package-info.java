/**
 * Seal certificates (issue 4, item 4): the X.509 certificates an insurer signs its e-policies with,
 * uploaded by the insurer or issued for a key the platform holds for it ({@link io.suretyhub.seal.SigningKeys}),
 * with their validity windows and revocations. The document module signs and verifies with them
 * (R-POL-5: signed with a certificate the platform holds on file).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Seal certificates")
package io.suretyhub.seal;
