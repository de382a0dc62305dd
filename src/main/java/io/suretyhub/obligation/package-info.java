/**
 * Stored deadlines and the warnings they raise (R-TIME-2, R-SUP-4).
 * <p>
 * When a clock of the rules starts, a module calls {@link io.suretyhub.obligation.Obligations#open}: who
 * owes what to whom, under which rule, due when (computed once by the working-day calendar and stored).
 * A sweeper, safe with several nodes on one database, turns due rows into warnings (reminder, overdue,
 * escalation yellow → orange → red), each exactly once, delivers them to the inbox of the owing
 * organisation and of the supervising authorities, and publishes {@link io.suretyhub.obligation.ObligationReminderDue},
 * {@link io.suretyhub.obligation.ObligationOverdue} and {@link io.suretyhub.obligation.ObligationEscalated} from
 * which other modules derive facts (R-ELG-1 (3)(4), R-SUP-3). When a provisional year's calendar arrives,
 * open provisional deadlines are recomputed ({@link io.suretyhub.obligation.ObligationDeadlineMoved}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Obligations and warnings")
package io.suretyhub.obligation;
