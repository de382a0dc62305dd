package io.suretyhub.project.web;

import io.suretyhub.project.RatioSubmission;
import io.suretyhub.shared.InvalidInput;

/** The ratio page's forms, as typed, so that nothing is lost when a field is refused. */
final class RatioForms {

	private RatioForms() {
	}

	/** The contractor's declarations for the deposit ratio confirmation (R-PRJ-3). */
	static class Declaration {

		private String cleanYears = "0";

		private boolean realNameAccount;

		public String getCleanYears() {
			return cleanYears;
		}

		public void setCleanYears(String cleanYears) {
			this.cleanYears = cleanYears;
		}

		public boolean isRealNameAccount() {
			return realNameAccount;
		}

		public void setRealNameAccount(boolean realNameAccount) {
			this.realNameAccount = realNameAccount;
		}

		int years() {
			String value = cleanYears == null ? "" : cleanYears.strip();
			if (!value.matches("\\d{1,2}") || Integer.parseInt(value) > 50) {
				throw InvalidInput.of("cleanYears", "project.ratio.error.cleanYears");
			}
			return Integer.parseInt(value);
		}

		RatioSubmission submission() {
			return new RatioSubmission(years(), realNameAccount, null, null, null);
		}

	}

	/** The contractor's split of the deposit among cash, bank guarantee and insurance (R-FAIR-3). */
	static class Split {

		private String cash;

		private String bankGuarantee;

		private String insurance;

		public String getCash() {
			return cash;
		}

		public void setCash(String cash) {
			this.cash = cash;
		}

		public String getBankGuarantee() {
			return bankGuarantee;
		}

		public void setBankGuarantee(String bankGuarantee) {
			this.bankGuarantee = bankGuarantee;
		}

		public String getInsurance() {
			return insurance;
		}

		public void setInsurance(String insurance) {
			this.insurance = insurance;
		}

		static Split of(RatioView ratio) {
			Split split = new Split();
			split.cash = ratio.cash().toPlainString();
			split.bankGuarantee = ratio.bankGuarantee().toPlainString();
			split.insurance = ratio.insurance().toPlainString();
			return split;
		}

	}

}
