/**
 * Contractor eligibility (R-ELG-1, R-ELG-2): the credit facts of W Art 8 about general contractors,
 * recorded by labour authorities with date, evidence and source, or by the platform itself for kinds
 * (3) and (4) from its own overdue deadlines; and the check, at application and at renewal, that names
 * every fact of the last two years that bars a contractor from using insurance instead of cash.
 * Module API: {@link io.suretyhub.contractor.CreditFacts}, {@link io.suretyhub.contractor.Eligibility}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contractor eligibility")
package io.suretyhub.contractor;
