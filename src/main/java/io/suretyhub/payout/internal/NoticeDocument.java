package io.suretyhub.payout.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import io.suretyhub.document.FormDocuments;
import io.suretyhub.document.PaymentNotice;
import io.suretyhub.document.SurrenderApplication.AuthorityOpinion;
import io.suretyhub.organisation.Organisation;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.payout.NewWorker;
import io.suretyhub.payout.NoticeRequest;
import io.suretyhub.payout.PayoutCase;
import io.suretyhub.project.Project;
import io.suretyhub.shared.CreditCode;
import io.suretyhub.shared.Money;

import org.springframework.stereotype.Component;

/** Renders the payment notice (Attachment 5) with the roster and keeps it encrypted, with its SHA-256. */
@Component
public class NoticeDocument {

	private final FormDocuments forms;

	private final Organisations organisations;

	private final PersonalData personal;

	NoticeDocument(FormDocuments forms, Organisations organisations, PersonalData personal) {
		this.forms = forms;
		this.organisations = organisations;
		this.personal = personal;
	}

	public Stored render(PayoutCase c, String number, Project project, long insurerId, long authorityId,
			NoticeRequest request, List<NewWorker> roster, LocalDate day) {
		Organisation contractor = organisations.find(c.contractorId()).orElseThrow();
		String insurer = organisations.find(insurerId).map(Organisation::name).orElse("");
		String authority = organisations.find(authorityId).map(Organisation::name).orElse("");
		var payees = roster.stream()
			.map(w -> new PaymentNotice.Payee(w.name(), w.idNumber(), w.phone(), w.bankCard(), new Money(w.amount())))
			.toList();
		String decision = c.decisionNumber() + " (" + c.decisionDate() + ")";
		byte[] pdf = forms.render(new PaymentNotice(number, contractor.name(), new CreditCode(contractor.creditCode()),
				empty(contractor.address()), null, null, empty(contractor.contactPerson()), null, project.name(), insurer,
				null, null, payees, decision,
				new AuthorityOpinion(null, authority, request.head(), request.handler(), request.phone(), day)));
		return new Stored(personal.encrypt(pdf), sha256(pdf));
	}

	/** The notice's PDF, decrypted. */
	public byte[] content(byte[] stored) {
		return personal.decrypt(stored);
	}

	private static String empty(String value) {
		return value == null ? "" : value;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The encrypted PDF and the SHA-256 of its plain bytes. */
	public record Stored(byte[] encrypted, String sha256) {
	}

}
