package io.suretyhub.document;

/** How the premium was paid (交费形式). */
public enum PaymentForm {

	CASH, TRANSFER, OTHER

}
