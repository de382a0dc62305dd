/**
 * E-policies: renders the wage-guarantee policy in the unified format of Attachment 1 from the
 * platform's data (R-INS-5, R-POL-4), the surrender application (Attachment 4) and the payment
 * notice (Attachment 5); numbers policies and gives them verification codes; has the insurer sign
 * them with a PAdES signature and a visible seal, hosted or remote; keeps issued documents
 * immutable; and lets anyone verify a policy by number and code, QR code or upload (R-POL-5).
 */
@org.springframework.modulith.ApplicationModule(displayName = "E-policy documents")
package io.suretyhub.document;
