package io.suretyhub.document.internal;

import java.util.List;

import io.suretyhub.document.FormDocuments;
import io.suretyhub.document.PaymentNotice;
import io.suretyhub.document.PaymentNotice.Payee;
import io.suretyhub.document.SurrenderApplication;
import io.suretyhub.document.SurrenderApplication.AuthorityOpinion;
import io.suretyhub.document.internal.Sheet.Cell;
import io.suretyhub.document.internal.Sheet.Row;
import io.suretyhub.document.internal.Sheet.Section;

import org.springframework.stereotype.Service;

/** The surrender application (Attachment 4) and the payment notice (Attachment 5), laid out as the samples. */
@Service
class FormLayouts implements FormDocuments {

	private static final float LABEL = CommonSections.LABEL;

	private static final float HALF = CommonSections.HALF;

	private final CommonSections common;

	private final PolicyLayout policy;

	private final Texts texts;

	FormLayouts(CommonSections common, PolicyLayout policy, Texts texts) {
		this.common = common;
		this.policy = policy;
		this.texts = texts;
	}

	@Override
	public byte[] render(SurrenderApplication a) {
		AuthorityOpinion opinion = a.opinion();
		common.checkCharacters(a.policyholder().name(), a.policyholder().address(), a.project().name(),
				a.project().address(), a.reason(), opinion == null ? null : opinion.text(),
				opinion == null ? null : opinion.authority(), opinion == null ? null : opinion.head(),
				opinion == null ? null : opinion.handler());
		return common.pdf(texts.get("surrender.title"), sheet -> {
			sheet.title(texts.get("surrender.title"), 16);
			sheet.section(common.policyholder(a.policyholder()));
			sheet.section(common.project(a.project()));
			sheet.section(Section.of(texts.get("insured"), Row.of(Cell.value(texts.get("insuredValue"), 0))));
			sheet.section(Section.of(texts.get("surrender.number"), Row.of(Cell.value(a.policyNumber(), 0))));
			sheet.section(Section.of(texts.get("sumInsured"), Row.of(Cell.value(policy.amount(a.sumInsured()), 0))));
			sheet.section(Section.of(texts.get("period"), Row.of(Cell.value(policy.period(a.periodStart(), a.periodEnd()), 0))));
			sheet.section(Section.of(texts.get("paymentForm"), Row.of(Cell.value(policy.paymentForms(a.paymentForm()), HALF + LABEL),
					Cell.label(texts.get("paymentDate"), LABEL), Cell.value(PolicyLayout.date(a.paymentDate()), 0))));
			sheet.section(Section.of(texts.get("surrender.reason"), Row.of(Cell.value(a.reason() + "\n\n"
					+ texts.get("surrender.applicant", a.policyholder().name()) + "\n" + PolicyLayout.date(a.appliedOn()), 0))));
			sheet.section(Section.of(texts.get("surrender.opinion"), Row.of(Cell.value(opinion(opinion), 0))));
		});
	}

	@Override
	public byte[] render(PaymentNotice n) {
		common.checkCharacters(n.enterpriseName(), n.addressAndPostcode(), n.legalRepresentative(), n.manager(),
				n.projectName(), n.insurerName(), n.insurerContact(), n.decision(), n.instruction().authority(),
				n.instruction().text(), n.instruction().head(), n.instruction().handler());
		n.payees().forEach(p -> common.checkCharacters(p.name()));
		float labelWide = Sheet.LABEL_COLUMN + LABEL;
		return common.pdf(texts.get("notice.title"), sheet -> {
			sheet.title(texts.get("notice.title"), 16);
			sheet.paragraph(texts.get("notice.number", n.number()), Sheet.LEFT, Sheet.WIDTH, 10);
			sheet.skip(4);
			row(sheet, texts.get("notice.enterprise"), n.enterpriseName());
			row(sheet, texts.get("notice.creditCode"), n.creditCode().value());
			row(sheet, texts.get("notice.address"), n.addressAndPostcode());
			pair(sheet, texts.get("notice.legalRepresentative"), n.legalRepresentative(), n.legalRepresentativePhone());
			pair(sheet, texts.get("notice.manager"), n.manager(), n.managerPhone());
			row(sheet, texts.get("notice.project"), n.projectName());
			row(sheet, texts.get("notice.insurer"), n.insurerName());
			pair(sheet, texts.get("notice.insurerContact"), n.insurerContact(), n.insurerContactPhone());
			sheet.section(payees(n.payees()));
			row(sheet, texts.get("notice.cause"), texts.get("notice.causeText", n.instruction().authority()));
			row(sheet, texts.get("notice.count"), String.valueOf(n.payees().size()));
			sheet.section(Section.of(null, Row.of(Cell.label(texts.get("notice.amount"), labelWide),
					Cell.value(texts.get("notice.figures", ChineseAmount.figures(n.total())), HALF),
					Cell.value(texts.get("notice.words", ChineseAmount.inWords(n.total())), 0))));
			row(sheet, texts.get("notice.decision"), n.decision());
			row(sheet, texts.get("notice.opinion"), opinion(new AuthorityOpinion(
					n.instruction().text() == null ? texts.get("notice.instruction") : n.instruction().text(),
					n.instruction().authority(), n.instruction().head(), n.instruction().handler(), n.instruction().phone(),
					n.instruction().date())));
			sheet.skip(4);
			sheet.paragraph(texts.get("notice.note"), Sheet.LEFT, Sheet.WIDTH, 9);
			if (n.payees().size() > 1) {
				wageTable(sheet, n);
			}
		});
	}

	private Section payees(List<Payee> payees) {
		String label = texts.get("notice.payee");
		if (payees.size() > 1) {
			return Section.of(label, Row.of(Cell.value(texts.get("notice.payeesAttached", payees.size()), 0)));
		}
		Payee payee = payees.get(0);
		return Section.of(label,
				Row.of(Cell.label(texts.get("notice.payeeName"), LABEL), Cell.value(payee.name(), HALF),
						Cell.label(texts.get("notice.idNumber"), LABEL), Cell.value(payee.idNumber(), 0)),
				Row.of(Cell.label(texts.get("notice.phone"), LABEL), Cell.value(nullToEmpty(payee.phone()), HALF),
						Cell.label(texts.get("notice.bankCard"), LABEL), Cell.value(payee.bankCard(), 0)));
	}

	private void wageTable(Sheet sheet, PaymentNotice n) {
		sheet.newPage();
		sheet.title(texts.get("notice.wageTable", n.number()), 14);
		String[] heads = { "index", "payeeName", "idNumber", "phone", "bankCard", "amountColumn" };
		String[] header = new String[heads.length];
		for (int i = 0; i < heads.length; i++) {
			header[i] = texts.get("notice." + heads[i]);
		}
		new WageTable(sheet, header).draw(n.payees());
		float[] widths = WageTable.WIDTHS;
		sheet.section(Section.of(null, Row.of(Cell.label(texts.get("notice.total"), widths[0] + widths[1]),
				Cell.value(texts.get("notice.words", ChineseAmount.inWords(n.total())), 0))));
	}

	private String opinion(AuthorityOpinion opinion) {
		if (opinion == null) {
			return "\n\n" + texts.get("opinion.blank");
		}
		return nullToEmpty(opinion.text()) + "\n\n"
				+ texts.get("opinion.signatures", nullToEmpty(opinion.head()), nullToEmpty(opinion.handler())) + "\n"
				+ texts.get("opinion.stamp", opinion.authority(), nullToEmpty(opinion.phone())) + "\n"
				+ PolicyLayout.date(opinion.date());
	}

	private void row(Sheet sheet, String label, String value) {
		sheet.section(Section.of(null, Row.of(Cell.label(label, Sheet.LABEL_COLUMN + LABEL), Cell.value(value, 0))));
	}

	private void pair(Sheet sheet, String label, String name, String phone) {
		sheet.section(Section.of(null, Row.of(Cell.label(label, Sheet.LABEL_COLUMN + LABEL), Cell.value(nullToEmpty(name), HALF),
				Cell.label(texts.get("notice.phone"), LABEL), Cell.value(nullToEmpty(phone), 0))));
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
