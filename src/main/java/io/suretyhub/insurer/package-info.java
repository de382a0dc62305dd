/**
 * Insurers (保险机构) as the rules see them: the filing and its review by the region labour authority
 * (R-INS-1, R-INS-2, R-INS-7: untrustworthy list), the branch table (R-INS-4), qualification from the
 * solvency history, risk rating and credit record (R-INS-3), quarterly reports (R-INS-6), and supervision:
 * measures, work reminders, sanction proposals and sanctions confirmed by a person (R-SUP-1 … R-SUP-4).
 * <p>
 * Module API: {@link io.suretyhub.insurer.InsurerChoice}, which insurers a contractor may choose for a
 * project in an area on a day, in a neutral order that favours nobody (R-FAIR-1, R-FAIR-2); events
 * {@link io.suretyhub.insurer.InsurerSanctioned}, {@link io.suretyhub.insurer.InsurerSanctionLifted} and
 * {@link io.suretyhub.insurer.InsurerReminderIssued}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insurers")
package io.suretyhub.insurer;
