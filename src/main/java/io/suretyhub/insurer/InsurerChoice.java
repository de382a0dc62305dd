package io.suretyhub.insurer;

import java.time.LocalDate;
import java.util.List;

import io.suretyhub.shared.AreaCode;

/**
 * Which insurers a contractor may choose for a project (R-INS-1, R-INS-3, R-INS-4, R-FAIR-1, R-SUP-3):
 * registered, qualified, neither suspended nor banned, with an active branch in the project's prefecture.
 */
public interface InsurerChoice {

	/**
	 * Every insurer that may take a new application for a project in {@code projectArea} on {@code day},
	 * in a neutral order (documented by the implementation); nobody eligible is left out.
	 */
	List<SelectableInsurer> selectable(AreaCode projectArea, LocalDate day);

	/**
	 * Refuses, with an {@link io.suretyhub.shared.RuleViolation} naming the rule, when this insurer may
	 * not take a new application for a project in {@code projectArea} on {@code day}.
	 * @return the branch (organisation id) local to the project that will underwrite it (R-LINE-3)
	 */
	long branchFor(long insurerId, AreaCode projectArea, LocalDate day);

	/**
	 * An insurer a contractor may choose, with the branch local to the project.
	 *
	 * @param insurerId the insurer's region branch (organisation id)
	 * @param name its name
	 * @param branchId the branch in the project's prefecture
	 * @param branchName that branch's name
	 */
	record SelectableInsurer(long insurerId, String name, long branchId, String branchName) {
	}

}
