package io.suretyhub.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.springframework.stereotype.Component;

/**
 * Reserves a PAdES signature (ETSI.CAdES.detached) with the insurer's visible seal in a rendered
 * document, as an incremental update whose byte range covers the whole file.
 */
@Component
class PadesPreparer {

	static final int RESERVED_BYTES = 16 * 1024;

	private final CjkFont font;

	private final Texts texts;

	PadesPreparer(CjkFont font, Texts texts) {
		this.font = font;
		this.texts = texts;
	}

	PreparedPdf prepare(Rendered rendered, String insurerName, Instant signingTime) {
		try (PDDocument document = Loader.loadPDF(rendered.pdf()); var options = new SignatureOptions()) {
			var signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(insurerName);
			signature.setReason(texts.get("signature.reason"));
			var calendar = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
			calendar.setTimeInMillis(signingTime.toEpochMilli());
			signature.setSignDate(calendar);
			options.setPreferredSignatureSize(RESERVED_BYTES);
			options.setPage(rendered.sealPage());
			document.addSignature(signature, options);
			var widget = field(document, signature).getWidgets().get(0);
			widget.setRectangle(new PDRectangle(rendered.sealX(), rendered.sealY(), rendered.sealSize(), rendered.sealSize()));
			widget.setAppearance(SealAppearance.draw(document, font, insurerName,
					texts.get("seal.center"), rendered.sealSize()));
			var out = new PdfBuffer(rendered.pdf().length + 2 * RESERVED_BYTES + 64 * 1024);
			var external = document.saveIncrementalForExternalSigning(out);
			external.setSignature(new byte[0]);
			return new PreparedPdf(out.toByteArray(), toLongs(signature.getByteRange()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the signature", ex);
		}
	}

	private static PDSignatureField field(PDDocument document, PDSignature signature) {
		return document.getDocumentCatalog()
			.getAcroForm(null)
			.getFields()
			.stream()
			.filter(PDSignatureField.class::isInstance)
			.map(PDSignatureField.class::cast)
			.filter(f -> f.getSignature() != null && f.getSignature().getCOSObject() == signature.getCOSObject())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The signature field was not created"));
	}

	private static long[] toLongs(int[] range) {
		long[] longs = new long[range.length];
		for (int i = 0; i < range.length; i++) {
			longs[i] = range[i];
		}
		return longs;
	}

}
