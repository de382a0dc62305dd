/**
 * The wage guarantee policy's life (R-POL-1 … R-POL-7, R-SUP-3): the contractor applies on the platform
 * for a project with a confirmed deposit ratio, choosing an insurer (R-FAIR-1), the sum insured and the
 * period (R-POL-3), after the eligibility check (R-ELG-1); the insurer's local branch underwrites within
 * 5 working days at its filed rate (never below the floor) or refuses with a reason; an issued policy
 * takes effect, expires or is renewed (a chain), is surrendered only with the local authority's approved
 * application (Attachment 4), is exhausted by payouts, and is closed when the project is complete.
 * Module API: {@link io.suretyhub.policy.Policies}, {@link io.suretyhub.policy.Underwriting},
 * {@link io.suretyhub.policy.PolicyEvent}; port {@link io.suretyhub.policy.PolicyDocumentIssuer}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policies")
package io.suretyhub.policy;
