package io.suretyhub.project;

/**
 * The contractor's deposit ratio confirmation form, as typed. An empty split puts the whole deposit
 * under insurance.
 *
 * @param cleanYears consecutive years without wage arrears in the area, 0 to 50
 * @param realNameAccount real-name management and a special wage account are in place
 * @param cash the cash part in yuan, or empty
 * @param bankGuarantee the bank guarantee part in yuan, or empty
 * @param insurance the insured part in yuan, or empty
 */
public record RatioSubmission(int cleanYears, boolean realNameAccount, String cash, String bankGuarantee,
		String insurance) {
}
