package io.suretyhub.project;

import java.time.LocalDate;

import io.suretyhub.shared.AreaCode;

/**
 * A project was registered: the R-PRJ-2 clock (20 working days to submit the deposit ratio
 * confirmation) starts at {@code clockStart}, the permit's or the contract's date.
 */
public record ProjectRegistered(long projectId, long contractorId, AreaCode area, LocalDate clockStart) {
}
