/**
 * Statistics for the authorities and insurers (R-STAT-1): enterprises served, projects, policies, sum
 * insured, premium, deposits released, payouts and workers paid, by insurer, area, line, month and quarter;
 * insurer scorecards and warning statistics. Read models of its own, fed by the policy, obligation and
 * insurer events and rebuilt from the records with {@code --statistics-rebuild}; every figure is cut to
 * the viewer's area (R-GEO-2).
 * <p>
 * Module API: {@link io.suretyhub.statistics.Figures} and its value types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package io.suretyhub.statistics;
