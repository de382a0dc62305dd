package io.suretyhub.document;

import java.util.List;
import java.util.Objects;

import io.suretyhub.document.SurrenderApplication.AuthorityOpinion;
import io.suretyhub.shared.CreditCode;
import io.suretyhub.shared.Money;

/**
 * The payment notice (农民工工资保证金支付通知书, Attachment 5, R-CLM-1) a local authority sends to the
 * insurer. It carries the workers' personal data in full because the insurer pays them: whoever
 * renders it must audit that (the claim module does).
 *
 * @param number the notice's number
 * @param enterpriseName the contractor
 * @param creditCode its unified social credit code
 * @param addressAndPostcode its address and postcode
 * @param legalRepresentative its legal representative
 * @param legalRepresentativePhone phone
 * @param manager the company's responsible person (公司负责人)
 * @param managerPhone phone
 * @param projectName the project
 * @param insurerName the insurer (承保机构)
 * @param insurerContact the insurer's contact
 * @param insurerContactPhone phone
 * @param payees whom to pay; more than one go to the attached wage payment table
 * @param decision the administrative decision (行政处理决定书) the notice rests on
 * @param instruction the authority issuing it, with officers and date
 */
public record PaymentNotice(String number, String enterpriseName, CreditCode creditCode, String addressAndPostcode,
		String legalRepresentative, String legalRepresentativePhone, String manager, String managerPhone,
		String projectName, String insurerName, String insurerContact, String insurerContactPhone,
		List<Payee> payees, String decision, AuthorityOpinion instruction) {

	public PaymentNotice {
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(enterpriseName, "enterpriseName");
		Objects.requireNonNull(creditCode, "creditCode");
		Objects.requireNonNull(projectName, "projectName");
		Objects.requireNonNull(insurerName, "insurerName");
		Objects.requireNonNull(decision, "decision");
		Objects.requireNonNull(instruction, "instruction");
		payees = List.copyOf(payees);
		if (payees.isEmpty()) {
			throw new IllegalArgumentException("A payment notice pays at least one worker");
		}
	}

	/** Total to pay. */
	public Money total() {
		return payees.stream().map(Payee::amount).reduce(Money.ZERO, Money::plus);
	}

	/**
	 * A worker to pay.
	 *
	 * @param name name
	 * @param idNumber resident ID number
	 * @param phone phone
	 * @param bankCard bank card number
	 * @param amount wages owed
	 */
	public record Payee(String name, String idNumber, String phone, String bankCard, Money amount) {

		public Payee {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(idNumber, "idNumber");
			Objects.requireNonNull(bankCard, "bankCard");
			Objects.requireNonNull(amount, "amount");
		}

	}

}
