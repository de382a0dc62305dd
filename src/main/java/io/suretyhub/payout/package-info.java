/**
 * Payment notices and payouts (R-CLM-1 … R-CLM-7, R-SUP-3, R-ELG-1 (4)): the local authority records the
 * administrative decision and that the contractor did not pay by its deadline, then issues the payment
 * notice (Attachment 5) with the validated worker roster to the insurer of the policy covering the arrears
 * (limitation R-CLM-4); the insurer pays each worker within 5 working days, every payment recorded once by
 * its bank reference and never beyond the policy's remaining sum insured; the contractor pays any excess
 * (R-CLM-3), replaces the cover within 10 working days (R-CLM-6) and reimburses the insurer within 60 days,
 * after which the insurer's recourse case opens (R-CLM-7). Workers' ID numbers, phones and bank cards are
 * encrypted at rest, found by keyed hash and shown masked.
 * Module API: {@link io.suretyhub.payout.ArrearsCases}, {@link io.suretyhub.payout.Payouts},
 * {@link io.suretyhub.payout.Aftermath}; events {@link io.suretyhub.payout.PaymentNoticeIssued},
 * {@link io.suretyhub.payout.WorkerPaid}, {@link io.suretyhub.payout.ReimbursementRecorded},
 * {@link io.suretyhub.payout.RecourseOpened}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payment notices and payouts")
package io.suretyhub.payout;
