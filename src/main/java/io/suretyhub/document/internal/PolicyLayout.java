package io.suretyhub.document.internal;

import static io.suretyhub.document.internal.Sheet.CHECKED;
import static io.suretyhub.document.internal.Sheet.UNCHECKED;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;

import io.suretyhub.document.PaymentForm;
import io.suretyhub.document.PolicyDocument;
import io.suretyhub.document.internal.Sheet.Cell;
import io.suretyhub.document.internal.Sheet.Row;
import io.suretyhub.document.internal.Sheet.Section;
import io.suretyhub.shared.Money;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/** Lays out the wage-guarantee policy exactly as Attachment 1, filled from a {@link PolicyDocument}. */
@Component
class PolicyLayout {

	static final float SEAL_SIZE = 119;

	private static final float LABEL = CommonSections.LABEL;

	private static final float HALF = CommonSections.HALF;

	private final CjkFont font;

	private final CommonSections common;

	private final Texts texts;

	private final DocumentSettings settings;

	private final Clock clock;

	PolicyLayout(CjkFont font, CommonSections common, Texts texts, DocumentSettings settings, Clock clock) {
		this.font = font;
		this.common = common;
		this.texts = texts;
		this.settings = settings;
		this.clock = clock;
	}

	/** The policy as an unsigned PDF (a preview). */
	byte[] render(PolicyDocument policy) {
		try (Drawn drawn = draw(policy)) {
			var out = new PdfBuffer(128 * 1024);
			drawn.document().save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The policy drawn into a new document, not saved; the caller closes it. */
	Drawn draw(PolicyDocument policy) {
		checkCharacters(policy);
		var document = new PDDocument();
		boolean drawn = false;
		try {
			var sheet = new Sheet(document, font);
			header(document, sheet, policy);
			for (Section section : sections(policy)) {
				sheet.section(section);
			}
			sheet.section(Section.of(texts.get("placeOfIssue"), Row.of(Cell.value(policy.placeOfIssue(), 0))));
			var issued = sheet.section(Section.of(texts.get("dateOfIssue"), Row.of(Cell.value(date(policy.dateOfIssue()), 0))))
				.get(0);
			sheet.section(Section.of(null, Row.of(Cell.value(texts.get("underwriter", policy.underwriter()), Sheet.WIDTH / 2),
					Cell.value(texts.get("preparer", policy.preparer()), 0))));
			sheet.skip(6);
			sheet.paragraph(texts.get("electronic", settings.verifyPage()), Sheet.LEFT, Sheet.WIDTH, 8);
			sheet.close();
			info(document, policy);
			float sealY = issued.top() - SEAL_SIZE / 2;
			drawn = true;
			return new Drawn(document, issued.page(), Sheet.LEFT + Sheet.WIDTH - SEAL_SIZE - 30, sealY, SEAL_SIZE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (!drawn) {
				IOUtils.closeQuietly(document);
			}
		}
	}

	private void header(PDDocument document, Sheet sheet, PolicyDocument policy) throws IOException {
		float top = sheet.y();
		float qr = 66;
		QrCode.draw(document, sheet.content(), settings.verifyUrl(policy.number(), policy.verificationCode()),
				Sheet.LEFT + Sheet.WIDTH - qr, top - qr, qr);
		sheet.write(texts.get("scan"), Sheet.LEFT + Sheet.WIDTH - qr + 12, top - qr - 10, 8);
		sheet.skip(14);
		sheet.title(texts.get("policy.title"), 17);
		sheet.paragraph(texts.get("insurer", policy.insurerName()), Sheet.LEFT, Sheet.WIDTH - qr - 10, 10);
		sheet.paragraph(texts.get("number", policy.number()) + "　　" + texts.get("code", policy.verificationCode()),
				Sheet.LEFT, Sheet.WIDTH - qr - 10, 10);
		sheet.skip(Math.max(4, sheet.y() - (top - qr - 16)));
	}

	private List<Section> sections(PolicyDocument p) {
		float rest = 0;
		List<Section> sections = new ArrayList<>();
		sections.add(common.policyholder(p.policyholder()));
		sections.add(common.project(p.project()));
		sections.add(Section.of(texts.get("insured"), Row.of(Cell.value(texts.get("insuredValue"), rest))));
		sections.add(counterGuarantee(p.counterGuarantee()));
		sections.add(Section.of(texts.get("sumInsured"), Row.of(Cell.value(amount(p.sumInsured()), rest))));
		sections.add(Section.of(texts.get("premium"), Row.of(Cell.value(amount(p.premium()), rest))));
		sections.add(Section.of(texts.get("deductible"), Row.of(Cell.value(texts.get("deductibleValue",
				p.deductible().ratePercent().stripTrailingZeros().toPlainString(), ChineseAmount.inWords(p.deductible().amount()),
				ChineseAmount.figures(p.deductible().amount())), rest))));
		sections.add(Section.of(texts.get("period"), Row.of(Cell.value(period(p.periodStart(), p.periodEnd()), rest))));
		sections.add(Section.of(texts.get("paymentForm"), Row.of(Cell.value(paymentForms(p.paymentForm()), HALF + LABEL),
				Cell.label(texts.get("paymentDate"), LABEL), Cell.value(date(p.paymentDate()), rest))));
		sections.add(Section.of(texts.get("dispute"), Row.of(Cell.value(dispute(p.disputeResolution()), rest))));
		sections.add(Section.of(texts.get("specialTerms"), Row.of(Cell.value(String.join("\n", texts.get("specialTerm1"),
				texts.get("specialTerm2", p.coInsuredAuthority()), texts.get("specialTerm3", p.coInsuredAuthority())), rest))));
		sections.add(Section.of(texts.get("notice"), Row.of(Cell.value(texts.get("noticeValue"), rest))));
		return sections;
	}

	private Section counterGuarantee(PolicyDocument.CounterGuarantee guarantee) {
		if (guarantee == null) {
			return Section.of(texts.get("counterGuarantee"), Row.of(Cell.value(texts.get("none"), 0)));
		}
		return Section.of(texts.get("counterGuarantee"),
				Row.of(Cell.label(texts.get("counterGuarantee.number"), LABEL), Cell.value(guarantee.agreementNumber(), 0)),
				Row.of(Cell.label(texts.get("counterGuarantee.amount"), LABEL), Cell.value(amount(guarantee.amount()), 0)),
				Row.of(Cell.label(texts.get("counterGuarantee.form"), LABEL), Cell.value(guarantee.formAndScope(), 0)),
				Row.of(Cell.label(texts.get("counterGuarantee.period"), LABEL),
						Cell.value(period(guarantee.start(), guarantee.end()), 0)));
	}

	String amount(Money money) {
		return texts.get("amount", ChineseAmount.inWords(money), ChineseAmount.figures(money));
	}

	String period(LocalDate start, LocalDate end) {
		return texts.get("periodValue", date(start), date(end));
	}

	String paymentForms(PaymentForm chosen) {
		var options = new StringBuilder();
		for (PaymentForm form : PaymentForm.values()) {
			options.append(form == chosen ? CHECKED : UNCHECKED).append(texts.get("paymentForm." + form)).append("　　");
		}
		return options.toString().strip();
	}

	private String dispute(PolicyDocument.DisputeResolution resolution) {
		boolean arbitration = resolution.isArbitration();
		return (arbitration ? UNCHECKED : CHECKED) + texts.get("dispute.litigation") + "　　" + (arbitration ? CHECKED : UNCHECKED)
				+ (arbitration ? texts.get("dispute.arbitration", resolution.arbitrationCommission())
						: texts.get("dispute.arbitrationBlank"));
	}

	static String date(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	private void info(PDDocument document, PolicyDocument policy) {
		var info = document.getDocumentInformation();
		info.setTitle(texts.get("policy.title") + " " + policy.number());
		info.setAuthor(policy.insurerName());
		info.setCreator("SuretyHub");
		info.setCustomMetadataValue("PolicyNumber", policy.number());
		info.setCreationDate(GregorianCalendar.from(clock.instant().atZone(clock.getZone())));
	}

	private void checkCharacters(PolicyDocument p) {
		var counter = p.counterGuarantee();
		common.checkCharacters(p.insurerName(), p.policyholder().name(), p.policyholder().address(), p.project().name(),
				p.project().address(), p.coInsuredAuthority(), p.placeOfIssue(), p.underwriter(), p.preparer(),
				p.disputeResolution().arbitrationCommission(), counter == null ? null : counter.agreementNumber(),
				counter == null ? null : counter.formAndScope());
	}

}
