package io.suretyhub.project;

import io.suretyhub.shared.AreaCode;

/** The contractor submitted its deposit ratio confirmation: the R-PRJ-2 obligation is met. */
public record DepositRatioSubmitted(long projectId, long contractorId, AreaCode area) {
}
