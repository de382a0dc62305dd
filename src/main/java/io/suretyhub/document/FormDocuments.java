package io.suretyhub.document;

/** Renders the unsigned forms: the surrender application (Attachment 4) and the payment notice (Attachment 5). */
public interface FormDocuments {

	/** The surrender application as a PDF. */
	byte[] render(SurrenderApplication application);

	/** The payment notice as a PDF, with the wage payment table attached when there is more than one payee. */
	byte[] render(PaymentNotice notice);

}
