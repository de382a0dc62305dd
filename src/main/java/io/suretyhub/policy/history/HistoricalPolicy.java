package io.suretyhub.policy.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A policy issued before the platform, as imported into the register (R-POL-9); always marked historical.
 *
 * @param id its id in the register
 * @param importId the import it came with
 * @param number the insurer's policy number
 * @param insurerName the issuing insurer
 * @param contractorName the policyholder
 * @param contractorCreditCode the policyholder's unified social credit code
 * @param projectName the project
 * @param areaCode the project's area
 * @param sumInsured the sum insured
 * @param premium the premium
 * @param periodStart first day of cover
 * @param periodEnd last day of cover
 * @param issuedOn the day it was issued
 * @param historical always {@code true}: issued before the platform, not by it
 */
public record HistoricalPolicy(long id, long importId, String number, String insurerName, String contractorName,
		String contractorCreditCode, String projectName, String areaCode, BigDecimal sumInsured, BigDecimal premium,
		LocalDate periodStart, LocalDate periodEnd, LocalDate issuedOn, boolean historical) {

	/** The columns of an import file, in order; header texts are {@code policy.historical.column.<name>}. */
	public static final List<String> COLUMNS = List.of("number", "insurerName", "contractorName", "creditCode",
			"projectName", "areaCode", "sumInsured", "premium", "periodStart", "periodEnd", "issuedOn");

	/**
	 * One bad cell (or the whole file, row 0) of an import.
	 *
	 * @param row the row number as a spreadsheet shows it (the header is row 1)
	 * @param field the column's name, or {@code file}
	 * @param messageKey why, as a message key
	 * @param argument the message's argument, or {@code null}
	 * @param value the cell as read
	 */
	public record RowProblem(int row, String field, String messageKey, String argument, String value) {
	}

	/**
	 * What an import did: every row stored, or (any problem) none, with each bad row and field named.
	 *
	 * @param id the import's id, for its report
	 * @param fileName the uploaded file's name
	 * @param rows the data rows read
	 * @param accepted whether the rows were stored
	 * @param problems each bad row and field, in file order
	 */
	public record ImportReport(long id, String fileName, int rows, boolean accepted, List<RowProblem> problems) {
	}

}
